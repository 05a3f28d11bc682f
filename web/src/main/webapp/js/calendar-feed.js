// The secret calendar link of a patient or a nurse: create, replace, revoke.
import { api, el, onSubmit, status } from './api.js';

/** Fills the section with the feed's state and its buttons. */
export async function showCalendarFeed(section, explanation) {
  const url = el('input', { id: 'feed-url', readonly: true });
  const urlField = el('div', { class: 'field', hidden: true },
    el('label', { for: 'feed-url' }, 'Your calendar link'), url);
  const renew = el('button', { type: 'submit', id: 'feed-renew' });
  const revoke = el('button', { type: 'button', class: 'danger', id: 'feed-revoke' }, 'Revoke the link');
  const form = el('form', { id: 'feed-form', novalidate: true },
    el('p', {}, explanation, ' You can replace or revoke it here at any time.'),
    urlField, renew, ' ', revoke, el('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' }));
  section.replaceChildren(el('h2', {}, 'Calendar'), form);
  section.hidden = false;

  const refresh = async () => {
    const feed = await api('GET', '/calendar/feed');
    revoke.hidden = !feed.active;
    renew.textContent = feed.active ? 'Replace the calendar link' : 'Create a calendar link';
  };
  onSubmit(form, async () => {
    const feed = await api('POST', '/calendar/feed');
    url.value = feed.url;
    urlField.hidden = false;
    await refresh();
    status(form, 'Copy this link into your calendar app now: it is shown only once.', 'ok');
    url.select();
  });
  revoke.addEventListener('click', async () => {
    await api('DELETE', '/calendar/feed');
    urlField.hidden = true;
    await refresh();
    status(form, 'The calendar link no longer works.', 'ok');
  });
  await refresh();
}
