// The patient's page: register, screening, finding and booking times, the bookings, calendars.
import { showCalendarFeed } from './calendar-feed.js';
import { homeLocationFields, practiceCentre, wireHomeLocation } from './home-location.js';
import { showTimePicker } from './time-picker.js';
import { api, ApiError, el, onSubmit, status, showError, clearErrors, when, clock, dayLabel, today, addDays, words }
  from './api.js';

const QUESTIONS = [
  ['pregnant', 'Are you pregnant, or could you be?'],
  ['dementia', 'Have you been diagnosed with dementia?'],
  ['substanceUseHistory', 'Have you a history of substance use?'],
  ['heartDisease', 'Do you have heart disease?'],
  ['uncontrolledBloodPressure', 'Is your blood pressure uncontrolled?'],
];
const SEARCH_DAYS = 28;
const $ = id => document.getElementById(id);

let treatments = [];
let chosenWindow = null;
let moving = null;

async function start() {
  let session = null;
  try {
    session = await api('GET', '/session');
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  }
  if (!session || !session.roles.includes('PATIENT')) {
    await showRegistration();
    return;
  }
  $('who').textContent = session.login;
  $('profile-link').hidden = false;
  $('logout').hidden = false;
  $('logout').addEventListener('click', async () => {
    await api('DELETE', '/session');
    location.replace('index.html');
  });
  await showPatient();
}

async function showRegistration() {
  $('register').hidden = false;
  $('r-home').replaceWith(homeLocationFields('profile.', 'r'));
  wireHomeLocation({ form: $('register-form'), findButton: $('r-find'), mapContainer: $('r-map'), note: $('r-note'),
    centre: await practiceCentre() });
}

onSubmit($('register-form'), async registration => {
  await api('POST', '/patients', registration);
  await api('POST', '/session', { login: registration.email, password: registration.password });
  location.replace('patient.html');
});

async function showPatient() {
  const me = await api('GET', '/patients/me');
  showScreening(me);
  if (me.screeningStatus) {
    // Nothing can be booked after a decline: the form would only lead to a refusal.
    await Promise.all([me.screeningStatus === 'DECLINED' ? null : showBooking(me), showBookings(), showCalendarFeed($('calendar'),
      'Subscribe to all your bookings in your calendar app with a private link. Anyone with the link sees your '
      + 'booking times, so keep it to yourself.')]);
  }
}

function showScreening(me) {
  $('screening').hidden = false;
  const state = $('screening-state');
  const form = $('screening-form');
  if (!me.screeningStatus) {
    state.textContent = 'Before your first booking, please answer the screening questions.';
  } else if (me.screeningStatus === 'HOLD') {
    state.className = 'notice';
    state.textContent = 'A clinician must approve your screening before your bookings are confirmed. '
      + 'You can book now: your times are held as requested until then.';
  } else if (me.screeningStatus === 'DECLINED') {
    state.className = 'notice';
    state.replaceChildren('A clinician reviewed your screening and cannot offer treatment for now: “',
      el('strong', { id: 'decline-reason' }, me.screeningDeclineReason),
      /[.!?]$/.test(me.screeningDeclineReason || '') ? '” ' : '”. ',
      'The times held for you were released. Please call the clinic to talk it over.');
  } else {
    state.className = '';
    state.textContent = `Screening ${words(me.screeningStatus).toLowerCase()}: ${words(me.monitoringLevel)} monitoring.`
      + (me.homeTreatmentAllowed ? '' : me.monitoringLevel === 'ENHANCED' ? ' Treatment takes place in the clinic.' : '');
  }
  form.hidden = Boolean(me.screeningStatus);
  $('questions').replaceChildren(...QUESTIONS.map(([name, question]) => el('fieldset', { 'data-field': name },
    el('legend', {}, question),
    el('label', { class: 'choice' }, el('input', { type: 'radio', name, value: 'true', 'data-type': 'yes-no' }), 'Yes'),
    el('label', { class: 'choice' }, el('input', { type: 'radio', name, value: 'false', 'data-type': 'yes-no' }), 'No'))));
}

onSubmit($('screening-form'), async answers => {
  await api('POST', '/patients/me/screening', answers);
  await showPatient();
});

async function showBooking(me) {
  $('book').hidden = false;
  const [allTreatments, clinics] = await Promise.all([api('GET', '/treatments'), api('GET', '/clinics')]);
  treatments = allTreatments.filter(t => t.active);
  $('b-treatment').replaceChildren(...treatments.map(t =>
    el('option', { value: t.id }, `${t.name} (${t.sessionMinutes} min + ${t.observationMinutes} min observation)`)));
  $('b-clinic').replaceChildren(...clinics.map(c => el('option', { value: c.id }, `${c.name}, ${c.address}`)));
  $('b-from').value = addDays(today(), 2);
  const homeChoice = document.querySelector('input[name=setting][value=HOME]');
  const fitSettings = () => {
    const treatment = treatments.find(t => String(t.id) === $('b-treatment').value);
    const homeOffered = treatment?.settings.includes('HOME') && (me.monitoringLevel !== 'ENHANCED' || me.homeTreatmentAllowed);
    homeChoice.disabled = !homeOffered;
    if (!homeOffered) document.querySelector('input[name=setting][value=CLINIC]').checked = true;
    // Without a home location a home visit cannot be booked: say so once, where the choice is made.
    const homeWithoutAddress = homeChoice.checked && me.homeLatitude == null;
    $('home-needs-address').hidden = !homeWithoutAddress;
    $('search-form').querySelector('[type=submit]').disabled = homeWithoutAddress;
  };
  $('b-treatment').addEventListener('change', fitSettings);
  document.querySelectorAll('input[name=setting]').forEach(r => r.addEventListener('change', fitSettings));
  fitSettings();
  $('b-series').addEventListener('change', () => { $('series-fields').hidden = !$('b-series').checked; });
}

onSubmit($('search-form'), async search => {
  chosenWindow = null;
  $('confirm-form').hidden = true;
  const to = search.from ? addDays(search.from, SEARCH_DAYS - 1) : '';
  const query = new URLSearchParams({
    treatment: search.treatmentId ?? '', setting: search.setting ?? '', clinic: search.clinicId ?? '',
    from: search.from ?? '', to });
  const series = !moving && $('b-series').checked;
  let windows;
  if (series) {
    ['sessions', 'minGapDays', 'maxGapDays'].forEach(name => query.set(name, search[name] ?? ''));
    const found = await api('GET', '/series/availability?' + query);
    windows = found.firstTimes;
    if (!windows.length) {
      showAlternatives(found.alternatives);
      status($('search-form'), found.whatWouldFit, 'error');
      return;
    }
  } else {
    if (moving) query.set('moving', moving.id);
    windows = await api('GET', '/availability?' + query);
  }
  showTimePicker($('slots'), windows, { describe: marks, onChoose: choose });
  const days = new Set(windows.map(w => w.start.substring(0, 10))).size;
  status($('search-form'), windows.length
    ? `Free times on ${days} day${days === 1 ? '' : 's'} between ${dayLabel(search.from)} and ${dayLabel(to)}`
      + (series ? `, each followed by all ${search.sessions} sessions of the series` : '')
      + (moving?.seriesIndex ? ', on the days that keep your series\' gaps' : '')
      + '. Choose a day, then a time' + (windows.some(w => w.bestFit) ? '; ★ marks the few that fit the nurses\' day best.' : '.')
    : `No free times between ${dayLabel(search.from)} and ${dayLabel(to)}`
      + (moving?.seriesIndex ? ' on the days that keep your series\' gaps' : '') + '. Try later days or another clinic.',
    windows.length ? 'ok' : 'error');
});

/** What would fit instead, each a button that searches it. */
function showAlternatives(alternatives) {
  $('slots').replaceChildren(...alternatives.map(a => el('p', {}, el('button', { type: 'button', class: 'secondary alternative',
    onclick: () => {
      $('b-sessions').value = a.sessions;
      $('b-max').value = a.maxGapDays;
      $('b-clinic').value = a.clinicId;
      $('search-form').requestSubmit();
    } }, a.advice, ' Show these times'))));
}

function marks(window) {
  return [window.bestFit ? el('span', { class: 'best' }, ' ★ best fit') : null,
    insideCutOff(window) ? el('span', { class: 'cutoff' }, ' · not changeable online') : null];
}

/** Whether the online cut-off for moving or cancelling has passed already (or will before it starts). */
function insideCutOff(item) {
  return Boolean(item.changeableOnlineUntil) && new Date(item.changeableOnlineUntil) <= new Date();
}

function choose(window, button) {
  chosenWindow = window;
  document.querySelectorAll('.slot[aria-pressed=true]').forEach(b => b.setAttribute('aria-pressed', 'false'));
  button.setAttribute('aria-pressed', 'true');
  const series = !moving && $('b-series').checked;
  $('chosen').textContent = (moving ? 'Move your booking to ' : series ? `Your ${window.series.length} sessions, the first on `
    : 'Book ') + when(window.start) + (window.start === window.end ? '' : ` (nurse arrives by ${clock(window.end)})`) + '.';
  $('chosen').append(...(insideCutOff(window) ? [' ', el('strong', { id: 'cutoff-warning' },
    'This time is too close to change or cancel online once booked. ' + window.callToChange)] : []));
  $('proposed-sessions').replaceChildren(...(series && window.series ? window.series.map(session =>
    el('li', {}, session.start === session.end ? when(session.start) : `${when(session.start)}–${clock(session.end)}`)) : []));
  $('proposed-sessions').hidden = !(series && window.series);
  $('confirm').textContent = moving ? 'Move to this time' : series ? 'Book the series' : 'Book this time';
  $('confirm-form').hidden = false;
  clearErrors($('confirm-form'));
  $('confirm').focus();
}

onSubmit($('confirm-form'), async () => {
  const search = Object.fromEntries(['treatmentId', 'clinicId', 'sessions', 'minGapDays', 'maxGapDays']
    .map(name => [name, Number(document.querySelector(`#search-form [name=${name}]`).value)]));
  const setting = document.querySelector('input[name=setting]:checked').value;
  const windowEnd = chosenWindow.start === chosenWindow.end ? null : chosenWindow.end;
  let message;
  if (moving) {
    await api('POST', `/appointments/${moving.id}/reschedule`,
      { windowStart: chosenWindow.start, windowEnd, expectedVersion: moving.version });
    message = 'Your booking was moved.';
    endMove();
  } else if ($('b-series').checked) {
    const series = await api('POST', '/series', { treatmentId: search.treatmentId, setting, clinicId: search.clinicId,
      firstWindowStart: chosenWindow.start, firstWindowEnd: windowEnd, sessions: search.sessions,
      minGapDays: search.minGapDays, maxGapDays: search.maxGapDays });
    message = `Your series of ${series.sessions.length} sessions is booked.`;
  } else {
    const booked = await api('POST', '/appointments', { treatmentId: search.treatmentId, setting,
      clinicId: search.clinicId, windowStart: chosenWindow.start, windowEnd });
    message = booked.status === 'REQUESTED' ? 'Your time is held until a clinician approves your screening.'
      : 'Your session is booked.';
  }
  $('slots').replaceChildren();
  $('confirm-form').hidden = true;
  status($('search-form'), message, 'ok');
  await showBookings();
});

async function showBookings() {
  $('bookings').hidden = false;
  const all = await api('GET', '/appointments');
  const now = new Date();
  const upcoming = all.filter(a => ['REQUESTED', 'BOOKED', 'CHECKED_IN'].includes(a.status)
    && new Date(a.windowEnd) >= now);
  const past = all.filter(a => !upcoming.includes(a)).reverse();
  $('upcoming').replaceChildren(bookingTable(upcoming, true));
  $('past').replaceChildren(bookingTable(past, false));
}

function bookingTable(list, changeable) {
  if (!list.length) return el('p', { class: 'muted' }, 'None.');
  return el('table', { class: 'stack' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'When'), el('th', { scope: 'col' }, 'What'),
      el('th', { scope: 'col' }, 'Status'), el('th', { scope: 'col' }, 'Actions'))),
    el('tbody', {}, list.map(a => el('tr', { 'data-appointment': a.id },
      el('td', {}, a.setting === 'HOME' ? `${when(a.windowStart)}–${clock(a.windowEnd)}` : when(a.plannedStart || a.windowStart),
        a.seriesIndex ? el('div', { class: 'muted' }, `Session ${a.seriesIndex} of a series`) : null),
      el('td', {}, a.treatmentName, el('div', { class: 'muted' }, a.setting === 'HOME' ? 'At home' : a.clinicName)),
      el('td', {}, words(a.status)),
      el('td', {},
        el('a', { href: `api/calendar/appointments/${a.id}.ics`, download: `careroute-booking-${a.id}.ics`,
          class: 'ics' }, 'Add to calendar'),
        changeable && insideCutOff(a) ? el('p', { class: 'muted cutoff' },
          `Too close to change online. ${a.callToChange}`) : null,
        changeable && !insideCutOff(a) ? [' ',
          el('button', { type: 'button', class: 'secondary', onclick: () => startMove(a) }, 'Move'), ' ',
          el('button', { type: 'button', class: 'danger', onclick: () => cancel(a) }, 'Cancel')] : null)))));
}

async function cancel(appointment) {
  if (!confirm(`Cancel ${appointment.treatmentName} on ${when(appointment.plannedStart || appointment.windowStart)}?`)) {
    return;
  }
  const form = $('bookings-form');
  try {
    await api('POST', `/appointments/${appointment.id}/cancel`);
    await showBookings();
    status(form, 'The booking is cancelled.', 'ok');
  } catch (error) {
    showError(form, error);
  }
}

function startMove(appointment) {
  moving = appointment;
  $('book-title').textContent = `Move ${appointment.treatmentName} of ${when(appointment.plannedStart || appointment.windowStart)}`;
  $('b-treatment').value = appointment.treatmentId;
  $('b-clinic').value = appointment.clinicId;
  document.querySelector(`input[name=setting][value=${appointment.setting}]`).checked = true;
  $('b-series').checked = false;
  $('series-fields').hidden = true;
  ['b-treatment', 'b-clinic', 'b-series'].forEach(id => { $(id).disabled = true; });
  document.querySelectorAll('input[name=setting]').forEach(r => { r.disabled = true; });
  $('cancel-move').hidden = false;
  $('book').scrollIntoView();
  $('b-from').focus();
}

function endMove() {
  moving = null;
  $('book-title').textContent = 'Book treatment';
  ['b-treatment', 'b-clinic', 'b-series'].forEach(id => { $(id).disabled = false; });
  document.querySelectorAll('input[name=setting]').forEach(r => { r.disabled = false; });
  $('b-treatment').dispatchEvent(new Event('change'));
  $('cancel-move').hidden = true;
}

$('cancel-move').addEventListener('click', () => {
  endMove();
  $('slots').replaceChildren();
  $('confirm-form').hidden = true;
});

start().catch(error => showError($('bookings-form'), error));
