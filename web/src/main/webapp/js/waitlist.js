// The waitlist: patients join, see and leave it; dispatchers see a clinic's day of waiting patients.
import { api, el, onSubmit, requireSession, status, today, addDays } from './api.js';
import { waitlistTable } from './waitlist-table.js';

const $ = id => document.getElementById(id);
const session = await requireSession('PATIENT', 'DISPATCHER', 'ADMIN');
const clinics = await api('GET', '/clinics');
const clinicOptions = () => clinics.map(c => el('option', { value: c.id }, c.name));

if (session.roles.includes('PATIENT')) {
  $('mine').hidden = false;
  const treatments = (await api('GET', '/treatments')).filter(t => t.active);
  $('w-treatment').replaceChildren(...treatments.map(t => el('option', { value: t.id }, t.name)));
  $('w-clinic').replaceChildren(...clinicOptions());
  $('w-first').value = addDays(today(), 1);
  $('w-last').value = addDays(today(), 14);
  onSubmit($('join-form'), async (join, form) => {
    await api('POST', '/waitlist', join);
    status(form, 'You are on the waitlist.');
    await showMine();
  });
  await showMine();
} else {
  $('home-link').href = 'dispatcher.html';
  $('home-link').textContent = 'Dispatch';
}
if (session.roles.includes('DISPATCHER') || session.roles.includes('ADMIN')) {
  $('desk').hidden = false;
  $('d-clinic').replaceChildren(...clinicOptions());
  $('d-day').value = today();
  onSubmit($('day-form'), async (_, form) => {
    const entries = await api('GET', `/waitlist/day?clinic=${$('d-clinic').value}&day=${$('d-day').value}`);
    $('day-list').replaceChildren(entries.length === 0 ? el('p', {}, 'Nobody waits for this day.') : waitlistTable(entries, { forDesk: true }));
    status(form, `${entries.length} waiting, first come first.`);
  });
}

async function leave(entry) {
  await api('DELETE', `/waitlist/${entry.id}`);
  await showMine();
}

async function showMine() {
  const entries = await api('GET', '/waitlist');
  $('mine-list').replaceChildren(entries.length === 0 ? el('p', {}, 'You are not waiting for a place.') : waitlistTable(entries, { leave }));
}
