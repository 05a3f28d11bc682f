// The practice's outgoing mail for admins: what left, what waits, what was not sent and why.
import { api, el, requireSession } from './api.js';

const $ = id => document.getElementById(id);

const KINDS = {
  CONFIRMATION: 'Booking confirmed', REMINDER: 'Reminder', CHANGE: 'Booking moved',
  CANCELLATION: 'Booking cancelled', SCREENING: 'Screening decision', NURSE_DAY: "Nurse's day",
};

await requireSession('ADMIN');
$('outbox-refresh').addEventListener('click', show);
await show();

/** A moment in the desk's own time, as the practice's staff read it. */
function moment(iso) {
  return iso ? new Date(iso).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short',
    hour: '2-digit', minute: '2-digit' }) : '–';
}

function state(message) {
  switch (message.status) {
    // In a cluster, which server sent it ("node2/mail-1" is node2's first sender).
    case 'SENT': return `sent ${moment(message.sentAt)}${message.sentBy ? ` by ${message.sentBy.split('/')[0]}` : ''}`;
    case 'PENDING': return message.attempts
      ? `waiting to try again (tried ${message.attempts} times: ${message.lastError})`
      : `waiting until ${moment(message.dueAt)}`;
    case 'SENDING': return 'being sent';
    case 'NOT_SENT': return message.lastError || 'not sent';
    default: return `failed after ${message.attempts} tries (${message.lastError})`;
  }
}

async function show() {
  const status = document.querySelector('#outbox .form-status');
  try {
    const messages = await api('GET', '/admin/outbox?limit=200');
    $('outbox-list').replaceChildren(messages.length === 0 ? el('p', {}, 'No mail yet.') : el('table', {},
      el('thead', {}, el('tr', {}, ['What', 'To', 'Subject', 'Calendar file', 'Where it stands']
        .map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, messages.map(m => el('tr', {},
        el('td', {}, KINDS[m.kind] || m.kind),
        el('td', {}, m.recipient),
        el('td', {}, m.subject),
        el('td', {}, m.calendarAttached ? 'attached' : ''),
        el('td', {}, state(m)))))));
    status.textContent = `${messages.length} messages, newest first.`;
  } catch (error) {
    status.textContent = error.message;
  }
}
