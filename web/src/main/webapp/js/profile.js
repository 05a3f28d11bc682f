// The patient's profile: name, date of birth, phone, and the home address confirmed on a map.
import { api, onSubmit, requireSession, showError, status } from './api.js';
import { homeLocationFields, practiceCentre, wireHomeLocation } from './home-location.js';

const $ = id => document.getElementById(id);
const form = $('profile-form');

await requireSession('PATIENT');
$('p-home').replaceWith(homeLocationFields('', 'p'));
const home = wireHomeLocation({ form, findButton: $('p-find'), mapContainer: $('p-map'), note: $('p-note'),
  centre: await practiceCentre() });

async function show(me) {
  for (const name of ['fullName', 'dateOfBirth', 'phone', 'homeStreet', 'homePostalCode', 'homeCity']) {
    form.elements[name].value = me[name] ?? '';
  }
  await home.show(me);
}

try {
  await show(await api('GET', '/patients/me'));
} catch (error) {
  showError(form, error);
}

onSubmit(form, async profile => {
  const saved = await api('PUT', '/patients/me', profile);
  await show(saved);
  status(form, saved.homeLatitude == null && saved.homeStreet
    ? 'Your profile is saved, but we could not find your address: find it on the map and place the pin on your home.'
    : 'Your profile is saved.', saved.homeLatitude == null && saved.homeStreet ? 'error' : 'ok');
});
