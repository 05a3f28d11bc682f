// Shared by the admin page's tabs: tables, selects, and changes of the practice that hold bookings.
import { el, when } from './api.js';

export function table(headers, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

export function options(select, list, label) {
  select.replaceChildren(...list.map(item => el('option', { value: item.id }, label(item))));
}

/**
 * Sends a change of the practice. When it would leave bookings without a place, the server lists
 * them: they are shown beside the form, and the change is sent again, placing them anew by the
 * booking rules, only once the admin agrees. Resolves to the server's answer, or null when the
 * admin keeps things as they are.
 */
export async function keepingBookings(form, send) {
  try {
    return await send(false);
  } catch (error) {
    if (error.status !== 409 || !error.problem.affectedBookings) throw error;
    if (!await askAbout(form, error.problem)) return null;
    try {
      return await send(true);
    } catch (refusal) {
      // Each could be placed alone, but not all of them together.
      if (refusal.status !== 409 || !refusal.problem.affectedBookings) throw refusal;
      await askAbout(form, refusal.problem);
      return null;
    }
  }
}

/** Lists the affected bookings beside the form and waits for the admin's answer. */
function askAbout(form, problem) {
  const panel = document.getElementById(`${form.id}-affected`) || el('section', { id: `${form.id}-affected`,
    class: 'affected', role: 'alertdialog', 'aria-labelledby': `${form.id}-affected-title` });
  form.after(panel);
  return new Promise(resolve => {
    const answer = yes => {
      panel.replaceChildren();
      panel.hidden = true;
      resolve(yes);
    };
    const rows = problem.affectedBookings.map(b => el('tr', {}, el('td', {}, when(b.start)),
      el('td', {}, b.patientName), el('td', {}, b.treatmentName), el('td', {}, b.placedWith)));
    panel.replaceChildren(
      el('h3', { id: `${form.id}-affected-title` }, problem.canReplaceBookings
        ? 'These bookings would lose their place' : 'These bookings cannot be placed elsewhere'),
      el('p', {}, problem.detail),
      table(['When', 'Patient', 'Treatment', 'Placed with'], rows),
      problem.canReplaceBookings
        ? el('button', { type: 'button', onclick: () => answer(true) }, 'Place them anew and save')
        : '',
      el('button', { type: 'button', class: 'secondary', onclick: () => answer(false) },
        problem.canReplaceBookings ? 'Keep everything as it is' : 'Close'));
    panel.hidden = false;
    panel.querySelector('button').focus();
  });
}

/** A sentence on the bookings a change placed anew, if any. */
export function moved(view) {
  const list = view.movedBookings || [];
  return list.length === 0 ? '' : ` ${list.length === 1 ? '1 booking' : list.length + ' bookings'} placed anew: `
    + list.map(b => `${b.patientName} ${when(b.start)} now ${b.movedTo}`).join('; ') + '.';
}

