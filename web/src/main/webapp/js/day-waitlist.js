// The dispatcher's view of a day's waitlist, and the desk adding a patient to it.
import { api, el, onSubmit, status, addDays } from './api.js';
import { patientLine } from './urgent-visit.js';
import { waitlistTable } from './waitlist-table.js';

const $ = id => document.getElementById(id);
/** The days a patient added from the desk waits for by default: the day shown and the next week. */
const DAYS_WAITED = 7;

/**
 * Wires the panel; {@code clinicId()} and {@code day()} are the clinic and day on the desk. Returns
 * the function that shows that day's waitlist.
 */
export function wireDayWaitlist(clinicId, day) {
  const form = $('waitlist-form');
  let patients = [];
  api('GET', '/treatments').then(treatments => $('w-treatment').replaceChildren(
    ...treatments.filter(t => t.active).map(t => el('option', { value: t.id }, t.name))));

  const show = async () => {
    const entries = await api('GET', `/waitlist/day?clinic=${encodeURIComponent(clinicId())}&day=${encodeURIComponent(day())}`);
    $('waitlist-day').replaceChildren(entries.length === 0
      ? el('p', { class: 'muted' }, 'Nobody waits for this day.')
      : waitlistTable(entries, { forDesk: true }));
    $('w-first').value = day();
    $('w-last').value = addDays(day(), DAYS_WAITED);
  };

  $('w-find-patient').addEventListener('click', async () => {
    const found = await api('POST', '/patients/search', { search: $('w-search').value });
    patients = found.patients;
    $('w-patients').hidden = false;
    $('w-patient-choices').replaceChildren(...(patients.length
      ? patients.map((p, i) => el('label', { class: 'choice' },
        el('input', { type: 'radio', name: 'waitingPatient', value: i, checked: patients.length === 1 }), patientLine(p)))
      : [el('p', { class: 'muted' }, 'Nobody matches. Check the spelling, or try the phone number or date of birth.')]));
    status(form, patients.length ? `${patients.length}${found.more ? '+' : ''} found.` : 'Nobody found.');
  });

  onSubmit(form, async join => {
    const chosen = form.querySelector('input[name=waitingPatient]:checked');
    if (!chosen) {
      status(form, 'Find and choose the patient first.', 'error');
      return;
    }
    const patient = patients[Number(chosen.value)];
    delete join.waitingPatient;
    await api('POST', '/waitlist', { ...join, clinicId: Number(clinicId()), patientId: patient.id });
    status(form, `${patient.fullName} is on the waitlist.`);
    await show();
  });
  return show;
}
