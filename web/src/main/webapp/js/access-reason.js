// "Break the glass": a nurse asked for a patient outside her care gives a reason, recorded with her name.
import { ApiError, clearErrors, showError, status } from './api.js';

const REASON_NEEDED = 'urn:careroute:problem:access-reason-required';
const $ = id => document.getElementById(id);

const needsReason = error => error instanceof ApiError && error.status === 403 && error.problem.type === REASON_NEEDED;

/**
 * Sends a read; when the server answers that a reason is needed, asks for one in the page's reason form and
 * sends the read again with it (as a header, which no access log keeps). Resolves to the answer, or null when
 * the nurse cancels.
 */
export async function withAccessReason(send) {
  try {
    return await send({});
  } catch (error) {
    if (!needsReason(error)) throw error;
    return askForReason(error.problem.detail, send);
  }
}

function askForReason(detail, send) {
  const form = $('reason-form');
  clearErrors(form);
  form.reset();
  $('reason-detail').textContent = detail;
  form.hidden = false;
  form.elements.accessReason.focus();
  return new Promise((resolve, reject) => {
    const close = () => {
      form.hidden = true;
      form.onsubmit = null;
      $('reason-cancel').onclick = null;
    };
    $('reason-cancel').onclick = () => { close(); resolve(null); };
    form.onsubmit = async event => {
      event.preventDefault();
      clearErrors(form);
      try {
        const answer = await send({ 'X-Access-Reason': form.elements.accessReason.value.trim() });
        close();
        resolve(answer);
      } catch (error) {
        if (needsReason(error)) {
          showError(form, error);
        } else {
          close();
          reject(error);
        }
      }
    };
    status(form, '');
  });
}
