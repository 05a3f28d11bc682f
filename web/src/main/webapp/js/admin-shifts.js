// The admin page's shifts: a nurse's shifts listed, changed and deleted; one shift added; a weekly
// pattern previewed, then added for several weeks.
import { api, el, onSubmit, showError, status, addDays, today, words, clinicTime, when, clock, dayLabel }
  from './api.js';
import { table, options, keepingBookings, moved } from './practice-changes.js';

const $ = id => document.getElementById(id);
let clinics = [];

/** Fills the shift forms' choices; the list shows the chosen nurse's next two weeks. */
export async function showShiftChoices(nurses, allClinics) {
  clinics = allClinics;
  for (const id of ['s-nurse', 'sl-nurse', 'p-nurse']) {
    const chosen = $(id).value;
    options($(id), nurses, n => n.fullName);
    if (chosen) $(id).value = chosen;
  }
  options($('s-clinic'), clinics, c => c.name);
  options($('p-clinic'), clinics, c => c.name);
  if (!$('s-day').value) $('s-day').value = addDays(today(), 1);
  if (!$('sl-from').value) $('sl-from').value = today();
  if (!$('sl-to').value) $('sl-to').value = addDays(today(), 13);
  if (!$('p-first-week').value) $('p-first-week').value = addDays(today(), 7);
  await showShifts();
}

/** Makes {@code nurseId} the nurse the shift forms are about (after adding one, say). */
export function chooseNurse(nurseId) {
  ['s-nurse', 'sl-nurse', 'p-nurse'].forEach(id => { $(id).value = nurseId; });
}

const clinicOf = id => clinics.find(c => c.id === id);

let latestListing = 0;

/** Lists the chosen nurse's shifts; resolves to them, or null when a newer choice superseded this one. */
async function showShifts() {
  const nurseId = $('sl-nurse').value;
  if (!nurseId) return null;
  const listing = ++latestListing;
  const shifts = await api('GET', `/admin/nurses/${nurseId}/shifts?from=${$('sl-from').value}&to=${$('sl-to').value}`);
  // Answers can arrive out of order: only the newest choice is shown.
  if (listing !== latestListing) return null;
  const nurseName = $('sl-nurse').selectedOptions[0]?.textContent;
  $('shift-list').replaceChildren(shifts.length ? table(['Day', 'Hours', 'Where', 'Break', ''], shifts.map(s => {
    const label = `${dayLabel(s.start)} ${clock(s.start)}–${clock(s.end)}`;
    return el('tr', { 'data-shift': s.id },
      el('td', {}, dayLabel(s.start)),
      el('td', {}, `${clock(s.start)}–${clock(s.end)}` + (s.calledOff ? ' (called off)' : '')),
      el('td', {}, `${clinicOf(s.clinicId)?.name || ''}, ${s.kind === 'FIELD' ? 'home visits' : 'in the clinic'}`),
      el('td', {}, s.breakStart ? `${clock(s.breakStart)}, ${s.breakMinutes} min` : 'none'),
      el('td', {},
        el('button', { type: 'button', class: 'secondary', onclick: () => editShift(s) }, `Change ${label}`), ' ',
        el('button', { type: 'button', class: 'danger', onclick: () => deleteShift(s, label) }, `Delete ${label}`)));
  })) : el('p', { class: 'muted' }, `${nurseName} has no shift in these days.`));
  return shifts;
}

onSubmit($('shift-list-form'), async (form, element) => {
  const shown = await showShifts();
  if (shown) {
    status(element, `${count(shown.length)} of ${$('sl-nurse').selectedOptions[0]?.textContent} from `
      + `${dayLabel(form.from)} to ${dayLabel(form.to)}.`);
  }
});
$('sl-nurse').addEventListener('change', () => showShifts().catch(error => showError($('shift-list-form'), error)));

function editShift(shift) {
  const form = $('shift-form');
  form.reset();
  form.dataset.editId = shift.id;
  const values = { nurseId: shift.nurseId, clinicId: shift.clinicId, kind: shift.kind, day: shift.start.substring(0, 10),
    start: clock(shift.start), end: clock(shift.end), breakStart: shift.breakStart ? clock(shift.breakStart) : '',
    breakMinutes: shift.breakMinutes || '', kitCapacity: shift.kitCapacity ?? '',
    overtimeAllowanceMinutes: shift.overtimeAllowanceMinutes };
  for (const [name, value] of Object.entries(values)) form.elements[name].value = value;
  form.elements.nurseId.disabled = true;
  form.querySelector('[type=submit]').textContent = 'Save changes';
  $('shift-form-title').textContent = `Change ${shift.nurseName}'s shift of ${dayLabel(shift.start)}`;
  form.elements.clinicId.focus();
}

$('shift-form').addEventListener('reset', () => {
  const form = $('shift-form');
  delete form.dataset.editId;
  form.elements.nurseId.disabled = false;
  form.querySelector('[type=submit]').textContent = 'Add shift';
  $('shift-form-title').textContent = 'Add a shift';
});

async function deleteShift(shift, label) {
  const form = $('shift-list-form');
  if (!confirm(`Delete ${shift.nurseName}'s shift ${label}?`)) return;
  try {
    const deleted = await keepingBookings(form, replaceBookings =>
      api('DELETE', `/admin/shifts/${shift.id}${replaceBookings ? '?replaceBookings=true' : ''}`));
    if (!deleted) {
      status(form, 'Nothing was changed.');
      return;
    }
    await showShifts();
    status(form, `${shift.nurseName}'s shift ${label} deleted.` + moved(deleted));
  } catch (error) {
    showError(form, error);
  }
}

onSubmit($('shift-form'), async (form, element) => {
  const clinic = clinicOf(form.clinicId);
  const at = time => (time && form.day ? clinicTime(clinic.zoneId, form.day, time) : null);
  const body = replaceBookings => ({ clinicId: form.clinicId, kind: form.kind,
    start: at(form.start), end: at(form.end), breakStart: at(form.breakStart), breakMinutes: form.breakMinutes,
    kitCapacity: form.kind === 'FIELD' ? form.kitCapacity : null,
    overtimeAllowanceMinutes: form.kind === 'FIELD' ? form.overtimeAllowanceMinutes : null, replaceBookings });
  const editId = element.dataset.editId;
  const shift = editId
    ? await keepingBookings(element, replaceBookings => api('PUT', `/admin/shifts/${editId}`, body(replaceBookings)))
    : await api('POST', `/admin/nurses/${form.nurseId}/shifts`, body(false));
  if (!shift) {
    status(element, 'Nothing was changed.');
    return;
  }
  if (editId) element.reset();
  await showShifts();
  status(element, `Shift ${editId ? 'saved' : 'added'} for ${shift.nurseName}: ${words(shift.kind).toLowerCase()}, `
    + `${when(shift.start)}–${clock(shift.end)}.` + moved(shift));
});

/** The pattern as the API takes it; the kits and overtime are a field shift's. */
function pattern(form) {
  return { clinicId: form.clinicId, kind: form.kind, weekdays: form.weekdays, start: form.start, end: form.end,
    breakStart: form.breakStart, breakMinutes: form.breakStart ? form.breakMinutes : null,
    kitCapacity: form.kind === 'FIELD' ? form.kitCapacity : null,
    overtimeAllowanceMinutes: form.kind === 'FIELD' ? form.overtimeAllowanceMinutes : null,
    firstWeek: form.firstWeek, weeks: form.weeks };
}

const count = n => (n === 1 ? '1 shift' : `${n} shifts`);

function shiftRows(list, withReason) {
  return list.map(s => el('tr', {}, el('td', {}, dayLabel(s.start)), el('td', {}, `${clock(s.start)}–${clock(s.end)}`),
    withReason ? el('td', {}, s.skippedBecause) : null));
}

onSubmit($('pattern-form'), async (form, element) => {
  const body = pattern(form);
  const preview = await api('POST', `/admin/nurses/${form.nurseId}/shift-patterns/preview`, body);
  const panel = $('pattern-preview');
  const nurseName = $('p-nurse').selectedOptions[0]?.textContent;
  const create = el('button', { type: 'button', disabled: preview.created.length === 0 },
    `Create ${count(preview.created.length)}`);
  create.addEventListener('click', async () => {
    try {
      const saved = await api('POST', `/admin/nurses/${form.nurseId}/shift-patterns`, body);
      panel.hidden = true;
      panel.replaceChildren();
      chooseNurse(form.nurseId);
      await showShifts();
      status(element, `${count(saved.created.length)} added for ${nurseName}`
        + (saved.skipped.length ? `; ${saved.skipped.length} skipped.` : '.'));
    } catch (error) {
      showError(element, error);
    }
  });
  panel.replaceChildren(
    el('h3', { id: 'pattern-preview-title' }, `${count(preview.created.length)} for ${nurseName}`),
    preview.created.length ? table(['Day', 'Hours'], shiftRows(preview.created, false))
      : el('p', {}, 'No day of this pattern is free.'),
    preview.skipped.length ? el('h4', {}, `Skipped: ${preview.skipped.length}`) : null,
    preview.skipped.length ? table(['Day', 'Hours', 'Why'], shiftRows(preview.skipped, true)) : null,
    create,
    el('button', { type: 'button', class: 'secondary', onclick: () => { panel.hidden = true; } }, 'Not now'));
  panel.hidden = false;
  create.focus();
  status(element, `Preview: ${count(preview.created.length)} to create, ${preview.skipped.length} skipped.`);
});
