// The desk's timeline: a row per nurse and per chair, grouped, each booking a block a keyboard can reach.
import { el, clock, chairName } from './api.js';

/** Minutes after midnight on the clinic's clock. */
function minutes(iso) {
  return Number(iso.substring(11, 13)) * 60 + Number(iso.substring(14, 16));
}

function hhmm(minute) {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Whose booking and what it treats, as a block can say it: "M. A. · IV 40 min". */
export function bookingName(item, kind) {
  const parts = [item.patientInitials, item.treatment].filter(Boolean);
  return parts.length ? parts.join(' · ') : kind;
}

/**
 * Gives each block the first sub-lane where it overlaps nothing, so that a nurse's concurrent
 * patients sit one under the other instead of on top of each other; returns how many lanes it took.
 */
function stack(blocks) {
  const laneEnds = [];
  [...blocks].sort((a, b) => a.from - b.from || b.length - a.length).forEach(block => {
    let lane = laneEnds.findIndex(end => end <= block.from);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = block.from + block.length;
    block.lane = lane;
  });
  return Math.max(1, laneEnds.length);
}

/** The blocks of the day's plan by row: the nurses' (field visits and clinic sessions) and the chairs'. */
function rows(plan) {
  const nurses = new Map();
  const chairs = new Map();
  const add = (rowsOf, name, block) => {
    if (!rowsOf.has(name)) rowsOf.set(name, []);
    rowsOf.get(name).push(block);
  };
  plan.routes.forEach(route => route.stops.filter(stop => stop.start).forEach(stop => add(nurses, route.nurseName, {
    from: minutes(stop.start), length: stop.minutes, kind: 'Home visit', item: stop, nurse: route.nurseName,
    promise: `promised ${clock(stop.windowStart)}–${clock(stop.windowEnd)}`,
  })));
  plan.sessions.filter(s => s.chair && s.nurseName).forEach(session => {
    const start = minutes(session.start);
    const end = start + session.minutes;
    const block = { kind: 'Clinic session', item: session, nurse: session.nurseName, chair: chairName(session.chair),
      promise: `promised ${clock(session.promisedStart)}` };
    add(chairs, block.chair, { ...block, from: start, length: session.minutes });
    const cover = session.cover;
    if (!cover) {
      add(nurses, session.nurseName, { ...block, from: start, length: session.minutes });
      return;
    }
    // The nurse is on a break while the colleague covers: the nurse's row has a gap there.
    const from = minutes(cover.from);
    const to = minutes(cover.to);
    if (from > start) add(nurses, session.nurseName, { ...block, from: start, length: from - start });
    if (end > to) add(nurses, session.nurseName, { ...block, from: to, length: end - to });
    add(nurses, cover.nurseName, { ...block, from, length: to - from, covering: true, coveredFor: session.nurseName,
      nurse: cover.nurseName, item: { ...session, pinned: false } });
  });
  const byName = map => [...map].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }));
  return [['Nurses', byName(nurses)], ['Chairs', byName(chairs)]];
}

/** A block in words, for its label, its tooltip and its details. */
function describe(block) {
  const what = block.covering ? `covers ${bookingName(block.item, block.kind.toLowerCase())} for ${block.coveredFor}`
    : `${block.kind}, ${bookingName(block.item, '')}`.replace(/, $/, '');
  return [what, `${hhmm(block.from)} to ${hhmm(block.from + block.length)} (${block.length} min)`,
    block.covering ? null : `with ${block.nurse}`, block.chair ? `in ${block.chair}` : null, block.promise,
    block.item.enhanced ? 'enhanced monitoring' : null, block.item.pinned ? 'pinned' : null]
    .filter(Boolean).join(', ');
}

function showDetails(details, block) {
  details.replaceChildren(el('h3', {}, bookingName(block.item, block.kind)),
    el('p', {}, describe(block)));
  details.hidden = false;
}

/** Draws the plan's timeline into {@code container}; a block's details open in {@code details}. */
export function drawTimeline(container, details, plan) {
  const groups = rows(plan);
  const all = groups.flatMap(([, groupRows]) => groupRows.flatMap(([, blocks]) => blocks));
  const first = Math.min(7 * 60, ...all.map(b => b.from));
  const last = Math.max(19 * 60, ...all.map(b => b.from + b.length));
  const span = last - first;
  const hours = [];
  for (let h = Math.ceil(first / 60); h <= Math.floor(last / 60); h += 2) hours.push(el('span', {}, `${h}:00`));
  details.hidden = true;
  container.replaceChildren(el('div', { class: 'hours', 'aria-hidden': 'true' }, hours),
    ...groups.filter(([, groupRows]) => groupRows.length).map(([heading, groupRows]) =>
      el('div', { class: 'lane-group', role: 'group', 'aria-label': heading }, el('h3', {}, heading),
        groupRows.map(([name, blocks]) => {
          const lanes = stack(blocks);
          const track = el('div', { class: 'lane-track', 'data-lanes': lanes }, blocks.map(b => drawBlock(b, details)));
          track.style.height = `${lanes * 1.6 + 0.1}rem`;
          return el('div', { class: 'lane' }, el('div', { class: 'lane-name' }, name), track);
        }))));

  function drawBlock(b, panel) {
    const words = describe(b);
    const open = () => showDetails(panel, b);
    const block = el('div', { class: `block${b.item.enhanced ? ' enhanced' : ''}${b.item.pinned ? ' pinned' : ''}`
        + (b.covering ? ' covering' : ''), 'data-appointment': b.item.appointmentId, 'data-lane': b.lane,
      tabindex: '0', role: 'button', 'aria-label': words, title: words, onclick: open,
      onkeydown: event => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          open();
        }
      } },
    b.item.pinned ? el('span', { class: 'pin-mark', 'aria-hidden': 'true' }, '◆ ') : null,
    b.covering ? `covers ${bookingName(b.item, 'session')}` : bookingName(b.item, b.kind));
    block.style.top = `${b.lane * 1.6 + 0.1}rem`;
    block.style.left = `${(100 * (b.from - first)) / span}%`;
    block.style.width = `${Math.max(0.5, (100 * b.length) / span)}%`;
    return block;
  }
}
