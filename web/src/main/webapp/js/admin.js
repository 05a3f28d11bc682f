// Practice administration: clinics and chairs, nurses and shifts, treatments; screening reviews.
import { api, ApiError, el, onSubmit, requireSession, showError, status, words, when } from './api.js';
import { table, options, keepingBookings, moved } from './practice-changes.js';
import { showShiftChoices, chooseNurse } from './admin-shifts.js';

const $ = id => document.getElementById(id);
let clinics = [];

const session = await requireSession('ADMIN', 'CLINICIAN');
const tabs = [...document.querySelectorAll('[role=tab]')].filter(tab => session.roles.includes(tab.dataset.role));
document.querySelectorAll('[role=tab]').forEach(tab => { tab.hidden = !tabs.includes(tab); });
tabs.forEach(tab => tab.addEventListener('click', () => open(tab)));
const wanted = tabs.find(tab => tab.getAttribute('aria-controls') === location.hash.substring(1)) || tabs[0];
await open(wanted);

async function open(tab) {
  tabs.forEach(t => {
    t.setAttribute('aria-selected', String(t === tab));
    $(t.getAttribute('aria-controls')).hidden = t !== tab;
  });
  history.replaceState(null, '', '#' + tab.getAttribute('aria-controls'));
  const panel = tab.getAttribute('aria-controls');
  try {
    await { clinics: showClinics, nurses: showNurses, treatments: showTreatments,
      'postal-codes': showPostalCodes, screenings: showScreenings }[panel]();
  } catch (error) {
    showError($(panel).querySelector('form'), error);
  }
}

/**
 * Turns an add form into an edit form for one record: its fields show the record, and saving
 * sends a PUT. Resetting the form makes it an add form again.
 */
function edit(form, noun, id, values) {
  form.reset();
  form.dataset.editId = id;
  for (const [name, value] of Object.entries(values)) {
    const list = form.querySelector(`[data-list="${name}"]`);
    if (list) {
      list.querySelectorAll('input[type=checkbox]').forEach(box => { box.checked = value.includes(box.value); });
      continue;
    }
    const field = form.querySelector(`[name="${name}"]`);
    if (field?.type === 'checkbox') field.checked = Boolean(value);
    else if (field) field.value = value ?? '';
  }
  form.querySelector('[type=submit]').textContent = 'Save changes';
  $(form.id.replace('-form', '-form-title')).textContent = `Change ${noun}`;
  form.querySelector('input:not([type=hidden]), select')?.focus();
}

function wireReset(form, addLabel, title) {
  form.addEventListener('reset', () => {
    delete form.dataset.editId;
    form.querySelector('[type=submit]').textContent = addLabel;
    $(form.id.replace('-form', '-form-title')).textContent = title;
  });
}

/** POST for a new record, PUT for the one being edited. */
function save(form, path, body) {
  return form.dataset.editId ? api('PUT', `${path}/${form.dataset.editId}`, body) : api('POST', path, body);
}

wireReset($('nurse-form'), 'Add nurse', 'Add a nurse');
wireReset($('treatment-form'), 'Add treatment type', 'Add a treatment type');
wireReset($('clinic-form'), 'Add clinic', 'Add a clinic');

async function showClinics() {
  clinics = await api('GET', '/admin/clinics');
  $('clinic-list').replaceChildren(table(['Clinic', 'Address', 'Opening hours', 'Chairs', ''], clinics.map(c => el('tr', {},
    el('td', {}, c.name), el('td', {}, c.address, el('div', { class: 'muted' }, c.zoneId)),
    el('td', {}, c.openingHours.map(h => el('div', {}, `${words(h.dayOfWeek)} ${hhmm(h.opens)}–${hhmm(h.closes)}`))),
    el('td', {}, c.chairs.map(ch => el('div', {}, ch.label + (ch.active ? ' ' : ' (out of use) '),
      el('button', { type: 'button', class: 'secondary', onclick: () => renameChair(c, ch) }, `Rename ${ch.label}`), ' ',
      el('button', { type: 'button', class: 'secondary', onclick: () => toggleChair(c, ch) },
        ch.active ? `Take ${ch.label} out of use` : `Put ${ch.label} back in use`)))),
    el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => edit($('clinic-form'), c.name, c.id, {
      name: c.name, address: c.address, phone: c.phone || '', latitude: c.latitude, longitude: c.longitude, zoneId: c.zoneId,
      openDays: c.openingHours.map(h => h.dayOfWeek), opens: hhmm(c.openingHours[0]?.opens),
      closes: hhmm(c.openingHours[0]?.closes) }) }, `Change ${c.name}`))))));
  options($('chair-clinic'), clinics, c => c.name);
}

/** Opening hours as the practice says them: 08:00, not 08:00:00. */
function hhmm(time) {
  return (time || '').substring(0, 5);
}

/** Opens the rename form for one chair, under the clinics' table; the form keeps which chair. */
function renameChair(clinic, chair) {
  const form = $('chair-rename-form');
  form.dataset.clinicId = clinic.id;
  form.dataset.chairId = chair.id;
  form.hidden = false;
  $('chair-rename-title').textContent = `Rename ${chair.label} at ${clinic.name}`;
  form.elements.label.value = chair.label;
  form.elements.label.focus();
  form.elements.label.select();
}

$('chair-rename-cancel').addEventListener('click', () => { $('chair-rename-form').hidden = true; });

onSubmit($('chair-rename-form'), async (form, element) => {
  const clinic = clinics.find(c => String(c.id) === element.dataset.clinicId);
  const chair = clinic.chairs.find(c => String(c.id) === element.dataset.chairId);
  await api('PUT', `/admin/clinics/${clinic.id}/chairs/${chair.id}`, { label: form.label, active: chair.active });
  element.hidden = true;
  await showClinics();
  status($('chair-form'), `${chair.label} at ${clinic.name} is now called ${form.label}.`);
});

async function toggleChair(clinic, chair) {
  try {
    const changed = await keepingBookings($('chair-form'), replaceBookings => api('PUT',
      `/admin/clinics/${clinic.id}/chairs/${chair.id}`, { label: chair.label, active: !chair.active, replaceBookings }));
    if (!changed) {
      status($('chair-form'), 'Nothing was changed.');
      return;
    }
    await showClinics();
    status($('chair-form'), `${chair.label} at ${clinic.name} is ${chair.active ? 'out of use' : 'back in use'}.`
      + moved(changed));
  } catch (error) {
    showError($('chair-form'), error);
  }
}

onSubmit($('clinic-form'), async (form, element) => {
  const clinic = await save(element, '/admin/clinics', { name: form.name, address: form.address, phone: form.phone,
    latitude: form.latitude, longitude: form.longitude, zoneId: form.zoneId,
    openingHours: form.openDays.map(dayOfWeek => ({ dayOfWeek, opens: form.opens, closes: form.closes })) });
  const verb = element.dataset.editId ? 'saved' : 'added';
  element.reset();
  await showClinics();
  status($('clinic-form'), `${clinic.name} ${verb}.`);
});

onSubmit($('chair-form'), async form => {
  await api('POST', `/admin/clinics/${form.clinicId}/chairs`, { label: form.label });
  await showClinics();
  status($('chair-form'), `Chair ${form.label} added.`);
});

async function showNurses() {
  const [nurses, allClinics] = await Promise.all([api('GET', '/admin/nurses'), api('GET', '/admin/clinics')]);
  clinics = allClinics;
  $('nurse-list').replaceChildren(table(['Nurse', 'Email', 'Certifications', 'Active', ''], nurses.map(n => el('tr', {},
    el('td', {}, n.fullName), el('td', {}, n.email), el('td', {}, n.certifications.map(words).join(', ') || '–'),
    el('td', {}, n.active ? 'yes' : 'no'),
    el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => edit($('nurse-form'), n.fullName, n.id, {
      fullName: n.fullName, email: n.email, certifications: n.certifications, homeLatitude: n.homeLatitude,
      homeLongitude: n.homeLongitude, active: n.active }) }, `Change ${n.fullName}`))))));
  await showShiftChoices(nurses, clinics);
}

onSubmit($('nurse-form'), async (form, element) => {
  const editing = Boolean(element.dataset.editId);
  const nurse = await keepingBookings(element, replaceBookings => save(element, '/admin/nurses',
    { ...form, replaceBookings }));
  if (!nurse) {
    status(element, 'Nothing was changed.');
    return;
  }
  element.reset();
  await showNurses();
  chooseNurse(nurse.id);
  status($('nurse-form'), (editing ? `${nurse.fullName} saved.` : `${nurse.fullName} added. Now give them a shift below.`)
    + moved(nurse));
});

async function showTreatments() {
  const treatments = await api('GET', '/admin/treatments');
  $('treatment-list').replaceChildren(table(['Code', 'Name', 'Minutes', 'Offered', 'Nurse must hold', ''],
    treatments.map(t => el('tr', {}, el('td', {}, t.code), el('td', {}, t.name + (t.active ? '' : ' (withdrawn)')),
      el('td', {}, `${t.sessionMinutes} + ${t.observationMinutes} observation`),
      el('td', {}, t.settings.map(words).join(', ')),
      el('td', {}, t.requiredCertifications.map(words).join(', ') || '–'),
      el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => edit($('treatment-form'), t.name, t.id, {
        code: t.code, name: t.name, modality: t.modality, sessionMinutes: t.sessionMinutes,
        observationMinutes: t.observationMinutes, settings: t.settings, requiredCertifications: t.requiredCertifications,
        active: t.active }) }, `Change ${t.name}`))))));
}

onSubmit($('treatment-form'), async (form, element) => {
  const verb = element.dataset.editId ? 'saved' : 'added';
  const treatment = await save(element, '/admin/treatments', form);
  element.reset();
  await showTreatments();
  status($('treatment-form'), `${treatment.name} ${verb}.`);
});

async function showPostalCodes() {
  const areas = await api('GET', '/admin/postal-codes');
  $('postal-code-list').replaceChildren(areas.length ? table(['Postal code', 'Place', 'Middle', ''],
    areas.map(a => el('tr', { 'data-postal-code': a.postalCode }, el('td', {}, a.postalCode), el('td', {}, a.placeName),
      el('td', {}, `${a.latitude}, ${a.longitude}`),
      el('td', {},
        el('button', { type: 'button', class: 'secondary', onclick: () => editPostalCode(a) }, `Change ${a.postalCode}`), ' ',
        el('button', { type: 'button', class: 'danger', onclick: () => removePostalCode(a) }, `Remove ${a.postalCode}`)))))
    : el('p', { class: 'muted' }, 'No postal codes yet.'));
}

function editPostalCode(area) {
  const form = $('postal-code-form');
  ['postalCode', 'placeName', 'latitude', 'longitude'].forEach(name => { form.elements[name].value = area[name]; });
  form.elements.placeName.focus();
}

async function removePostalCode(area) {
  if (!confirm(`Remove ${area.postalCode} (${area.placeName})? Homes already placed by it keep their place.`)) return;
  try {
    await api('DELETE', `/admin/postal-codes/${encodeURIComponent(area.postalCode)}`);
    await showPostalCodes();
    status($('postal-code-form'), `${area.postalCode} removed.`);
  } catch (error) {
    showError($('postal-code-form'), error);
  }
}

onSubmit($('postal-code-form'), async (form, element) => {
  const code = (form.postalCode || '').replace(/\s+/g, '');
  if (!code) {
    throw new ApiError(400, { detail: 'Enter the postal code.', errors: [{ field: 'postalCode', message: 'Enter the postal code.' }] });
  }
  const saved = await api('PUT', `/admin/postal-codes/${encodeURIComponent(code)}`,
    { placeName: form.placeName, latitude: form.latitude, longitude: form.longitude });
  element.reset();
  await showPostalCodes();
  status($('postal-code-form'), `${saved.postalCode} (${saved.placeName}) saved.`);
});

async function showScreenings() {
  const held = await api('GET', '/screenings?status=HOLD');
  $('screening-list').replaceChildren(held.length ? table(['Patient', 'Risk factors', 'Submitted', 'Decision'],
    held.map(s => {
      const home = el('input', { type: 'checkbox', id: `home-${s.id}` });
      const reason = el('textarea', { id: `decline-reason-${s.id}`, rows: 2, maxlength: 500 });
      return el('tr', { 'data-screening': s.id },
        el('td', {}, s.patientName), el('td', {}, s.riskFactors.map(words).join(', ')),
        el('td', {}, when(s.submittedAt)),
        el('td', {}, el('label', { class: 'choice', for: `home-${s.id}` }, home, 'Allow treatment at home'),
          el('button', { type: 'button', onclick: () => approve(s, home.checked) }, `Approve ${s.patientName}`),
          el('div', { class: 'field' }, el('label', { for: reason.id }, `Or decline, telling ${s.patientName} why`), reason),
          el('button', { type: 'button', class: 'danger', onclick: () => decline(s, reason.value) },
            `Decline ${s.patientName}`)));
    })) : el('p', { class: 'muted' }, 'No screening is waiting.'));
}

async function approve(screening, allowHomeTreatment) {
  try {
    await api('POST', `/screenings/${screening.id}/approve`, { allowHomeTreatment });
    await showScreenings();
    status($('screening-form'), `${screening.patientName} approved: their held bookings are confirmed.`);
  } catch (error) {
    showError($('screening-form'), error);
  }
}

async function decline(screening, reason) {
  try {
    await api('POST', `/screenings/${screening.id}/decline`, { reason });
    await showScreenings();
    status($('screening-form'), `${screening.patientName} declined: their held times are released, and they read`
      + ' your reason on their page.');
  } catch (error) {
    showError($('screening-form'), error);
  }
}
