// The nurse's day on a phone: visits in order, with directions, and the progress at each.
import { showCalendarFeed } from './calendar-feed.js';
import { api, el, onSubmit, requireSession, showError, status, clock, dayLabel, today, words, chairName }
  from './api.js';

const $ = id => document.getElementById(id);
const NEXT_STEP = { BOOKED: ['ARRIVED', 'Arrived'], CHECKED_IN: ['STARTED', 'Started'] };

await requireSession('NURSE');
$('day').value = new URLSearchParams(location.search).get('day') || today();
onSubmit($('day-form'), showDay);
await showDay();
await showCalendarFeed($('calendar'),
  'Subscribe to your visits in your calendar app with a private link. It shows times, places and treatments, '
  + 'never patients\' names.');

async function showDay() {
  const day = $('day').value || today();
  const visits = await api('GET', '/nurse/visits?day=' + encodeURIComponent(day));
  $('visits').replaceChildren(...visits.map((v, i) => visitItem(v, i + 1)));
  status($('day-form'), visits.length ? `${visits.length} visits on ${dayLabel(day)}.` : `No visits on ${dayLabel(day)}.`);
}

function visitItem(visit, order) {
  if (visit.cover?.yours) return coverItem(visit, order);
  const form = el('form', { class: 'actions', novalidate: true },
    actionButton(visit), el('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const updated = await api('POST', `/nurse/visits/${visit.appointmentId}/progress`, { step: event.submitter.value });
      const item = visitItem(updated, order);
      event.target.closest('li').replaceWith(item);
      item.querySelector('button, .form-status').focus?.();
    } catch (error) {
      showError(form, error);
    }
  });
  const home = visit.setting === 'HOME';
  const place = visit.latitude == null ? null : `${visit.latitude},${visit.longitude}`;
  return el('li', { class: 'visit', 'data-visit': visit.appointmentId, 'data-status': visit.status },
    el('h3', {}, `${order}. ${clock(visit.plannedStart)} `, visit.patientName),
    el('p', {}, home ? `Arrival promised ${clock(visit.windowStart)}–${clock(visit.windowEnd)}` : `At ${visit.clinicName}`,
      visit.chairLabel ? `, ${chairName(visit.chairLabel)}` : ''),
    el('p', {}, visit.address, place ? [' · ',
      el('a', { href: `geo:${place}?q=${place}` }, 'Navigate'), ' · ',
      el('a', { href: `https://www.openstreetmap.org/directions?to=${place}`, rel: 'noopener' }, 'Map')] : null),
    visit.patientPhone ? el('p', {}, el('a', { href: `tel:${visit.patientPhone}` }, `Call ${visit.patientPhone}`)) : null,
    el('p', {}, visit.treatmentName, ' ',
      el('span', { class: `badge ${visit.monitoringLevel.toLowerCase()}` }, words(visit.monitoringLevel) + ' monitoring')),
    el('p', { class: 'muted' }, visit.notes),
    visit.cover ? el('p', {}, `${visit.cover.nurseName} watches this patient during your break, `
      + `${clock(visit.cover.from)}–${clock(visit.cover.to)}.`) : null,
    el('p', {}, 'Status: ', el('strong', { class: 'visit-status' }, progressText(visit))),
    form);
}

/** A colleague's clinic patient whom this nurse watches during the colleague's break. */
function coverItem(visit, order) {
  return el('li', { class: 'visit cover', 'data-visit': visit.appointmentId, 'data-cover': 'true' },
    el('h3', {}, `${order}. ${clock(visit.cover.from)}–${clock(visit.cover.to)} cover: `, visit.patientName),
    el('p', {}, `${visit.cover.nurseName}'s patient, at ${visit.clinicName}`,
      visit.chairLabel ? `, ${chairName(visit.chairLabel)}` : '', ', during their break.'),
    el('p', {}, visit.treatmentName, ' ',
      el('span', { class: `badge ${visit.monitoringLevel.toLowerCase()}` }, words(visit.monitoringLevel) + ' monitoring')),
    el('p', { class: 'muted' }, visit.notes));
}

function actionButton(visit) {
  if (visit.status === 'CHECKED_IN' && visit.startedAt) {
    return el('button', { type: 'submit', value: 'FINISHED' }, 'Finished');
  }
  const next = NEXT_STEP[visit.status];
  return next ? el('button', { type: 'submit', value: next[0] }, next[1]) : null;
}

function progressText(visit) {
  if (visit.finishedAt) return `Finished at ${clock(visit.finishedAt)}`;
  if (visit.startedAt) return `Started at ${clock(visit.startedAt)}`;
  if (visit.arrivedAt) return `Arrived at ${clock(visit.arrivedAt)}`;
  return words(visit.status);
}
