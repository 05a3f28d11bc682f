// The accept and decline links of a waitlist mail: the token in the link is the patient's answer.
// Nothing is booked or let go until the patient presses a button (mail scanners open links too).
import { api, dayLabel, clock } from './api.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const path = `/waitlist/offers/${encodeURIComponent(params.get('token') || '')}`;
const status = document.querySelector('#offer .form-status');

try {
  const offer = await api('GET', path);
  const when = offer.setting === 'HOME'
    ? `${dayLabel(offer.windowStart.substring(0, 10))}, your nurse arrives between ${clock(offer.windowStart)} and ${clock(offer.windowEnd)}`
    : `${dayLabel(offer.windowStart.substring(0, 10))} at ${clock(offer.windowStart)}, ${offer.clinicName}`;
  $('offer-text').textContent = offer.status === 'OPEN'
    ? `${offer.treatmentName}: ${when}. We hold it for you until ${clock(offer.expiresAt)}.`
    : `${offer.treatmentName}: ${when}. This offer has ended; you keep your place on the waitlist.`;
  const open = offer.status === 'OPEN';
  $('offer-accept').hidden = !open;
  $('offer-decline').hidden = !open;
  (params.get('answer') === 'decline' ? $('offer-decline') : $('offer-accept')).focus();
} catch (error) {
  $('offer-text').textContent = error.message;
}

$('offer-accept').addEventListener('click', () => answer('accept', 'Booked. A confirmation is on its way by mail.'));
$('offer-decline').addEventListener('click', () => answer('decline', 'The place goes to the next patient. You keep your place on the waitlist.'));

async function answer(what, done) {
  try {
    await api('POST', `${path}/${what}`);
    status.textContent = done;
    $('offer-accept').hidden = true;
    $('offer-decline').hidden = true;
  } catch (error) {
    status.textContent = error.message;
  }
}
