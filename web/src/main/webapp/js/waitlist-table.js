// A waitlist as a table: the patient's own (with a button to leave) or a day's at the desk.
import { el, dayLabel, clock, words } from './api.js';

function standing(entry) {
  return entry.status === 'OFFERED'
    ? `offered ${dayLabel(entry.offeredStart)} ${clock(entry.offeredStart)}, held until ${clock(entry.offerExpiresAt)}`
    : words(entry.status);
}

/** The entries, first come first; {@code leave(entry)} given, each row has a button to leave. */
export function waitlistTable(entries, { forDesk = false, leave = null } = {}) {
  return el('table', {},
    el('thead', {}, el('tr', {}, [forDesk ? 'Patient' : null, 'Treatment', 'Where', 'Days', 'Starting', 'Now', leave ? '' : null]
      .filter(h => h !== null).map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, entries.map(e => el('tr', {},
      forDesk ? el('td', {}, e.patientName) : null,
      el('td', {}, e.treatmentName),
      el('td', {}, e.setting === 'HOME' ? 'at home' : e.clinicName),
      el('td', {}, `${dayLabel(e.firstDay)} – ${dayLabel(e.lastDay)}`),
      el('td', {}, `${e.earliest.substring(0, 5)} – ${e.latest.substring(0, 5)}`),
      el('td', {}, standing(e)),
      leave ? el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => leave(e) }, 'Leave the waitlist')) : null))));
}
