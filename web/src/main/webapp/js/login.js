// Logs in and opens the page of the caller's work; with several roles, offers each.
import { api, el, onSubmit, ApiError } from './api.js';

const PAGES = [
  ['PATIENT', 'patient.html', 'My bookings'],
  ['NURSE', 'nurse.html', 'My day of visits'],
  ['DISPATCHER', 'dispatcher.html', 'Dispatch: routes and plans'],
  ['ADMIN', 'admin.html', 'Clinic administration'],
  ['CLINICIAN', 'admin.html#screenings', 'Screenings to approve'],
];

const params = new URLSearchParams(location.search);
document.getElementById('denied').hidden = !params.has('denied');

onSubmit(document.getElementById('login'), async credentials => {
  let session;
  try {
    session = await api('POST', '/session', credentials);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      throw new ApiError(401, { detail: 'The email address or password is wrong.' });
    }
    throw error;
  }
  const next = params.get('next');
  const pages = PAGES.filter(([role]) => session.roles.includes(role));
  if (next && pages.some(([, page]) => page.startsWith(next))) {
    location.replace(next);
  } else if (pages.length === 1) {
    location.replace(pages[0][1]);
  } else {
    const links = document.getElementById('role-links');
    links.replaceChildren(...pages.map(([, page, label]) => el('li', {}, el('a', { href: page }, label))));
    document.getElementById('roles').hidden = false;
    links.querySelector('a')?.focus();
  }
});
