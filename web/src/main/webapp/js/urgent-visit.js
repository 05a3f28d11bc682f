// The desk's urgent visit: find the patient, pick one of the windows the plan can keep, book, re-plan.
import { api, el, onSubmit, showError, clearErrors, status, clock, dayLabel, addDays, todayIn, ApiError }
  from './api.js';

/** Today and the days after it in which an urgent visit is looked for. */
const DAYS_AHEAD = 2;
/** Windows shown per day: the earliest ones, which is what an urgent visit wants. */
const WINDOWS_PER_DAY = 8;

const $ = id => document.getElementById(id);

/**
 * Wires the urgent-visit form; {@code clinicOf()} is the clinic on the desk, {@code booked(day)} is
 * called with the day of the booking once it is made.
 */
export function wireUrgentVisit(clinicOf, booked) {
  const form = $('urgent-form');
  let patients = [];
  let windows = [];

  api('GET', '/treatments').then(treatments => $('u-treatment').replaceChildren(
    ...treatments.filter(t => t.active).map(t => el('option', { value: t.id }, t.name))));

  const findPatients = async () => {
    const found = await api('POST', '/patients/search', { search: $('u-search').value });
    patients = found.patients;
    $('u-patients').hidden = false;
    const choices = patients.length ? patients.map((p, i) => el('label', { class: 'choice' },
      el('input', { type: 'radio', name: 'patientChoice', value: i, onchange: () => act(findWindows) }), patientLine(p)))
      : [el('p', { class: 'muted' }, 'Nobody matches. Check the spelling, or try the phone number or date of birth.')];
    if (found.more) choices.push(el('p', { class: 'muted' }, 'More patients match: type more of the name to narrow the list.'));
    $('u-patient-choices').replaceChildren(...choices);
    clearWindows('Choose the patient to see the windows that fit.');
    if (patients.length === 1) {
      form.querySelector('input[name=patientChoice]').checked = true;
      await findWindows();
    }
    status(form, patients.length ? `${patients.length}${found.more ? '+' : ''} found.` : 'Nobody found.');
  };

  const findWindows = async () => {
    const patient = chosenPatient();
    if (!patient) return;
    const clinic = clinicOf();
    const from = todayIn(clinic.zoneId);
    const query = new URLSearchParams({ treatment: $('u-treatment').value, setting: $('u-setting').value,
      clinic: clinic.id, from, to: addDays(from, DAYS_AHEAD), patient: patient.id });
    windows = await api('GET', `/availability?${query}`);
    if (!windows.length) {
      clearWindows(`No window fits today or in the next ${DAYS_AHEAD} days. Try the other place or another`
        + ' treatment, or call the patient to agree on a later day.');
      return;
    }
    const days = new Map();
    windows.forEach((w, i) => {
      const day = w.start.substring(0, 10);
      if (!days.has(day)) days.set(day, []);
      if (days.get(day).length < WINDOWS_PER_DAY) days.get(day).push([w, i]);
    });
    $('u-window-choices').replaceChildren(...[...days].map(([day, fitting]) => el('div', { class: 'day' },
      el('h4', {}, day === from ? `Today, ${dayLabel(day)}` : dayLabel(day)),
      fitting.map(([w, i]) => el('label', { class: 'choice' },
        el('input', { type: 'radio', name: 'windowChoice', value: i }),
        el('span', { class: 'window-time' }, w.start === w.end ? clock(w.start) : `${clock(w.start)}–${clock(w.end)}`),
        w.rank === 1 ? el('span', { class: 'muted' }, ' (suits the plan best)') : null)))));
  };

  const act = async action => {
    clearErrors(form);
    try {
      await action();
    } catch (error) {
      showError(form, error);
    }
  };

  $('u-find-patient').addEventListener('click', () => act(findPatients));
  $('u-search').addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      act(findPatients);
    }
  });
  $('u-treatment').addEventListener('change', () => act(findWindows));
  $('u-setting').addEventListener('change', () => act(findWindows));

  onSubmit(form, async () => {
    const patient = chosenPatient();
    const window = windows[form.querySelector('input[name=windowChoice]:checked')?.value];
    const missing = [];
    if (!patient) {
      missing.push(patients.length ? { field: 'patient', message: 'Choose the patient.' }
        : { field: 'search', message: 'Find the patient first: type part of the name, a phone number or a date of birth.' });
    }
    if (!window) missing.push({ field: 'window', message: 'Choose one of the windows that fit.' });
    if (missing.length) throw new ApiError(400, { detail: 'Some fields need attention.', errors: missing });
    const clinic = clinicOf();
    const setting = $('u-setting').value;
    await api('POST', '/appointments', { patientId: patient.id, treatmentId: Number($('u-treatment').value),
      setting, clinicId: clinic.id, windowStart: window.start, windowEnd: setting === 'HOME' ? window.end : null });
    const day = window.start.substring(0, 10);
    const when = window.start === window.end ? clock(window.start) : `${clock(window.start)}–${clock(window.end)}`;
    await booked(day);
    status(form, `Booked ${patient.fullName} ${setting === 'HOME' ? 'at home' : 'in the clinic'}, ${dayLabel(day)} `
      + `${when}. Re-planning that day now.`);
    windows = [];
    clearWindows('Booked. Find the next patient to book another urgent visit.');
  });

  function chosenPatient() {
    return patients[form.querySelector('input[name=patientChoice]:checked')?.value];
  }

  function clearWindows(text) {
    windows = [];
    $('u-window-choices').replaceChildren(el('p', { class: 'muted' }, text));
  }
}

/** A patient as the dispatcher tells them apart: name, date of birth, phone, town. */
export function patientLine(patient) {
  const born = new Date(patient.dateOfBirth + 'T12:00:00Z').toLocaleDateString('en-GB',
    { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return [patient.fullName, `born ${born}`, patient.phone, patient.town].filter(Boolean).join(' · ');
}
