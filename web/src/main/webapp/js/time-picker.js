// Picking a time: a month calendar with the bookable days marked (an ARIA grid, arrow keys move
// between bookable days), then the chosen day's times grouped by part of the day.
import { el, clock, dateOf, addDays } from './api.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const PARTS = [['Morning', 0, 12], ['Afternoon', 12, 17], ['Evening', 17, 24]];

const longDay = isoDay => new Date(isoDay + 'T12:00:00Z').toLocaleDateString('en-GB',
  { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthTitle = isoDay => new Date(isoDay + 'T12:00:00Z').toLocaleDateString('en-GB',
  { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthOf = isoDay => isoDay.substring(0, 7) + '-01';
const weekdayIndex = isoDay => (new Date(isoDay + 'T12:00:00Z').getUTCDay() + 6) % 7;
const hourOf = iso => Number(iso.substring(11, 13));

/**
 * Shows the windows in the container: `describe(window)` gives the extra marks of a time button,
 * `onChoose(window, button)` hears the patient's choice. The first bookable day is chosen at once.
 */
export function showTimePicker(container, windows, { describe, onChoose }) {
  const byDay = new Map();
  windows.forEach(w => byDay.set(dateOf(w.start), [...(byDay.get(dateOf(w.start)) || []), w]));
  const days = [...byDay.keys()].sort();
  const months = [...new Set(days.map(monthOf))];
  let shownMonth = months[0];
  let chosenDay = days[0];
  const title = el('h3', { id: 'month-title', 'aria-live': 'polite' });
  const previous = el('button', { type: 'button', class: 'secondary', id: 'previous-month',
    'aria-label': 'Previous month', onclick: () => showMonth(months[months.indexOf(shownMonth) - 1]) }, '‹');
  const next = el('button', { type: 'button', class: 'secondary', id: 'next-month',
    'aria-label': 'Next month', onclick: () => showMonth(months[months.indexOf(shownMonth) + 1]) }, '›');
  const grid = el('table', { role: 'grid', id: 'month-grid', 'aria-labelledby': 'month-title' });
  const times = el('div', { id: 'day-times' });
  container.replaceChildren(el('div', { class: 'month' },
    el('div', { class: 'month-bar' }, previous, title, next), grid,
    el('p', { class: 'muted legend' }, 'Days with free times are marked. Arrow keys move between them.')), times);

  function showMonth(month) {
    shownMonth = month;
    title.textContent = monthTitle(month);
    previous.disabled = months.indexOf(month) <= 0;
    next.disabled = months.indexOf(month) >= months.length - 1;
    const cells = [];
    for (let i = 0; i < weekdayIndex(month); i++) cells.push(el('td', { role: 'gridcell' }));
    for (let day = month; monthOf(day) === month; day = addDays(day, 1)) cells.push(dayCell(day));
    const rows = [];
    for (let i = 0; i < cells.length; i += 7) rows.push(el('tr', {}, cells.slice(i, i + 7)));
    grid.replaceChildren(
      el('thead', {}, el('tr', {}, WEEKDAYS.map(d => el('th', { scope: 'col', role: 'columnheader' }, d)))),
      el('tbody', {}, rows));
  }

  function dayCell(day) {
    const count = (byDay.get(day) || []).length;
    const button = el('button', { type: 'button', class: 'calendar-day', 'data-day': day,
      tabindex: day === chosenDay ? '0' : '-1', 'aria-pressed': String(day === chosenDay),
      'aria-label': `${longDay(day)}, ${count ? `${count} free time${count === 1 ? '' : 's'}` : 'no free times'}`,
      onclick: () => chooseDay(day), onkeydown: event => move(event, day) }, String(Number(day.substring(8))));
    button.disabled = count === 0;
    return el('td', { role: 'gridcell', class: count ? 'bookable' : '' }, button);
  }

  /** Arrow keys go to the nearest bookable day that way; Home and End to the first and last. */
  function move(event, day) {
    const steps = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    let target = null;
    if (event.key in steps) {
      const step = steps[event.key];
      const wanted = addDays(day, step);
      target = step > 0 ? days.find(d => d >= wanted) : [...days].reverse().find(d => d <= wanted);
    } else if (event.key === 'Home' || event.key === 'End') {
      target = event.key === 'Home' ? days[0] : days[days.length - 1];
    }
    if (!target) return;
    event.preventDefault();
    if (monthOf(target) !== shownMonth) showMonth(monthOf(target));
    grid.querySelectorAll('.calendar-day').forEach(b => b.setAttribute('tabindex', '-1'));
    const cell = grid.querySelector(`[data-day="${target}"]`);
    cell.setAttribute('tabindex', '0');
    cell.focus();
  }

  function chooseDay(day) {
    chosenDay = day;
    grid.querySelectorAll('.calendar-day').forEach(b => {
      b.setAttribute('aria-pressed', String(b.dataset.day === day));
      b.setAttribute('tabindex', b.dataset.day === day ? '0' : '-1');
    });
    const list = byDay.get(day) || [];
    times.replaceChildren(el('h3', { id: 'day-title' }, `${longDay(day)}: ${list.length} free time${list.length === 1 ? '' : 's'}`),
      ...PARTS.flatMap(([part, from, to]) => {
        const inPart = list.filter(w => hourOf(w.start) >= from && hourOf(w.start) < to);
        return inPart.length ? el('div', { class: 'day-part', role: 'group', 'aria-label': part },
          el('h4', {}, part),
          el('div', { class: 'slots' }, inPart.map(w => el('button', { type: 'button', class: 'secondary slot',
            'aria-pressed': 'false', 'data-start': w.start, onclick: event => onChoose(w, event.currentTarget) },
          w.start === w.end ? clock(w.start) : `${clock(w.start)}–${clock(w.end)}`, ...describe(w))))) : [];
      }));
  }

  if (!days.length) {
    container.replaceChildren();
    return;
  }
  showMonth(shownMonth);
  chooseDay(chosenDay);
}
