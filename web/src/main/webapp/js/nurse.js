// The nurse's day on a phone: visits in order, with directions, and the progress at each.
import { showCalendarFeed } from './calendar-feed.js';
import { withAccessReason } from './access-reason.js';
import { api, ApiError, el, onSubmit, requireSession, showError, status, clearErrors, clock, dayLabel, today, words,
  chairName, when } from './api.js';

const $ = id => document.getElementById(id);
// The server says which step can be marked now (today's visits only) and until when the last one can be undone.
const STEP_ACTION = { ARRIVED: 'Mark arrived', STARTED: 'Mark started', FINISHED: 'Mark finished' };
const STEP_DONE = { ARRIVED: 'Marked arrived', STARTED: 'Marked started', FINISHED: 'Marked finished', UNDO: 'Undone' };

await requireSession('NURSE');
const asked = new URLSearchParams(location.search);
$('day').value = asked.get('day') || today();
onSubmit($('day-form'), showDay);
await showDay();
if (asked.get('booking')) await showBooking(asked.get('booking'));
await showCalendarFeed($('calendar'),
  'Subscribe to your visits in your calendar app with a private link. It shows times, places and treatments, '
  + 'never patients\' names.');

async function showDay() {
  const day = $('day').value || today();
  // Days long past hold patients no longer on this nurse's care: she sees them with a reason only.
  const visits = await withAccessReason(headers => api('GET', '/nurse/visits?day=' + encodeURIComponent(day),
    undefined, headers));
  if (!visits) {
    $('visits').replaceChildren();
    status($('day-form'), `The visits of ${dayLabel(day)} stay closed.`);
    return;
  }
  $('visits').replaceChildren(...visits.map((v, i) => visitItem(v, i + 1)));
  status($('day-form'), visits.length ? `${visits.length} visits on ${dayLabel(day)}.` : `No visits on ${dayLabel(day)}.`);
}

/** A booking a colleague or the dispatcher sent as a link: the visit and how to reach the patient. */
async function showBooking(bookingId) {
  const found = await withAccessReason(async headers => {
    const booking = await api('GET', `/appointments/${encodeURIComponent(bookingId)}`, undefined, headers);
    return { booking, patient: await api('GET', `/patients/${booking.patientId}`, undefined, headers) };
  }).catch(error => {
    showError($('day-form'), error);
    return null;
  });
  if (!found) return;
  const { booking, patient } = found;
  $('booking').hidden = false;
  $('booking-details').replaceChildren(
    el('h3', {}, patient.fullName),
    el('p', {}, `${when(booking.plannedStart || booking.windowStart)}, ${booking.treatmentName}, `
      + (booking.setting === 'HOME' ? `at home: ${patient.homeAddress}` : `at ${booking.clinicName}`)),
    patient.phone ? el('p', {}, el('a', { href: `tel:${patient.phone}` }, `Call ${patient.phone}`)) : null,
    el('p', {}, el('span', { class: `badge ${booking.monitoringLevel.toLowerCase()}` },
      words(booking.monitoringLevel) + ' monitoring'), booking.nurseName ? ` · with ${booking.nurseName}` : ''));
}

function visitItem(visit, order, message) {
  if (visit.cover?.yours) return coverItem(visit, order);
  const form = el('form', { class: 'actions', novalidate: true },
    actionButtons(visit), el('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const button = event.submitter;
    if (button?.value === 'CANCEL') {
      closeConfirmation(form);
      return;
    }
    form.querySelectorAll('button').forEach(b => { b.disabled = true; });
    try {
      const updated = button.value === 'UNDO'
        ? await api('POST', `/nurse/visits/${visit.appointmentId}/progress/undo`)
        : await api('POST', `/nurse/visits/${visit.appointmentId}/progress`,
          button.dataset.confirm ? { step: button.value, confirmEarly: true } : { step: button.value });
      const item = visitItem(updated, order, STEP_DONE[button.value] + '.');
      event.target.closest('li').replaceWith(item);
      (item.querySelector('form button') || item.querySelector('.form-status'))?.focus();
    } catch (error) {
      form.querySelectorAll('button').forEach(b => { b.disabled = false; });
      if (error instanceof ApiError && error.status === 409
          && (error.problem.errors || []).some(e => e.field === 'confirmEarly')) {
        askToConfirmEarly(form, error.problem.detail);
      } else {
        closeConfirmation(form);
        showError(form, error);
      }
    }
  });
  if (message) status(form, message);
  if (visit.undoUntil) {
    // Hide Undo when its time is up; the server refuses a late undo anyway.
    setTimeout(() => form.querySelector('button[value=UNDO]')?.remove(),
      Math.max(0, Date.parse(visit.undoUntil) - Date.now()));
  }
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

/** The step that can be marked now, and Undo while the last mark is recent; none on other days. */
function actionButtons(visit) {
  const buttons = [];
  if (visit.nextStep) {
    buttons.push(el('button', { type: 'submit', value: visit.nextStep }, STEP_ACTION[visit.nextStep]));
  }
  if (visit.undoUntil) {
    buttons.push(el('button', { type: 'submit', value: 'UNDO', class: 'secondary',
      title: `Takes back the last mark, until ${clock(visit.undoUntil)}` }, 'Undo'));
  }
  if (!visit.nextStep && (visit.status === 'BOOKED' || visit.status === 'CHECKED_IN')) {
    buttons.push(el('p', { class: 'muted' }, 'Progress can be marked on the day of the visit only.'));
  }
  return buttons;
}

/** Finishing well before the planned length: the nurse says it really is over, or goes back. */
function askToConfirmEarly(form, detail) {
  closeConfirmation(form);
  clearErrors(form);
  form.querySelectorAll(':scope > button').forEach(b => { b.hidden = true; });
  const box = el('div', { class: 'confirm-early' },
    el('button', { type: 'submit', value: 'FINISHED', 'data-confirm': 'true' }, 'Yes, it finished early'),
    el('button', { type: 'submit', value: 'CANCEL', class: 'secondary' }, 'Not yet'));
  form.prepend(box);
  status(form, detail, 'warn');
  box.querySelector('button').focus();
}

function closeConfirmation(form) {
  form.querySelector('.confirm-early')?.remove();
  form.querySelectorAll(':scope > button').forEach(b => { b.hidden = false; });
  clearErrors(form);
}

function progressText(visit) {
  if (visit.finishedAt && visit.finishedEarly) {
    return `Finished early: ${visit.ranMinutes} min of ${visit.occupancyMinutes}, at ${clock(visit.finishedAt)}`;
  }
  if (visit.finishedAt) return `Finished at ${clock(visit.finishedAt)}`;
  if (visit.startedAt) return `Started at ${clock(visit.startedAt)}`;
  if (visit.arrivedAt) return `Arrived at ${clock(visit.arrivedAt)}`;
  return words(visit.status);
}
