// Mail on or off per kind: for the logged-in person, or through the link at the foot of every mail
// (which needs no login: it can only turn mail off, or back on).
import { api, el, requireSession, status } from './api.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const token = params.get('token');
const form = $('mail-form');

if (!token) {
  await requireSession();
}
const path = token ? `/mail/unsubscribe/${encodeURIComponent(token)}` : '/mail/preferences';
let preferences;
try {
  preferences = await api('GET', path);
  show(preferences);
} catch (error) {
  status(form, error.message, 'error');
}

const kind = params.get('kind');
const offered = preferences?.choices.find(c => c.kind === kind);
if (token && offered) {
  $('mail-offer').hidden = false;
  $('mail-offer').textContent = `You came from a mail of this kind: ${offered.description.toLowerCase()}.`;
  $('mail-stop').hidden = false;
  $('mail-stop').textContent = `Stop ${offered.description.toLowerCase()}`;
  $('mail-stop').addEventListener('click', () => stop(kind));
}
$('mail-stop-all').addEventListener('click', () => stop(null));

form.addEventListener('submit', async event => {
  event.preventDefault();
  const wanted = Object.fromEntries([...form.querySelectorAll('input[type=checkbox]')].map(b => [b.value, b.checked]));
  try {
    if (token) {
      // The link can only turn kinds off; turning them on again needs a login.
      for (const [k, on] of Object.entries(wanted)) {
        if (!on) await api('POST', `${path}?kind=${k}`);
      }
      show(await api('GET', path));
    } else {
      show(await api('PUT', path, wanted));
    }
    status(form, 'Saved.');
  } catch (error) {
    status(form, error.message, 'error');
  }
});

async function stop(which) {
  try {
    show(token
      ? await api('POST', which ? `${path}?kind=${which}` : path)
      : await api('PUT', path, Object.fromEntries(preferences.choices.map(c => [c.kind, false]))));
    status(form, which ? 'That kind of mail is stopped.' : 'All mail is stopped.');
  } catch (error) {
    status(form, error.message, 'error');
  }
}

function show(p) {
  preferences = p;
  $('mail-who').textContent = token
    ? `Mail goes to ${p.email}. To turn a kind of mail on again, log in and open this page from your bookings.`
    : `Mail goes to ${p.email}.`;
  $('mail-kinds').replaceChildren(el('legend', {}, 'Send me'), ...p.choices.map(c =>
    el('label', { class: 'choice' },
      el('input', { type: 'checkbox', value: c.kind, checked: c.wanted, disabled: Boolean(token) && !c.wanted }),
      ' ', c.description)));
}
