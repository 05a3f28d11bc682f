// The dispatcher's desk: a clinic's day on a map and a timeline, optimised live, pinned and published.
import { api, el, onSubmit, requireSession, showError, status, clock, today, addDays, words, chairName } from './api.js';
import { drawTimeline, bookingName } from './timeline.js';
import { wireUrgentVisit } from './urgent-visit.js';
import { wireDayWaitlist } from './day-waitlist.js';

const $ = id => document.getElementById(id);
/** How the desk labels a visit whose home only its postal code placed. */
const APPROXIMATE = 'approximate location (postal code)';
const COLOURS = ['#0b5cad', '#b3261e', '#1d6b36', '#7b3fa0', '#a35200', '#00707a', '#5d4037', '#c2185b', '#3949ab',
  '#2e7d32'];
const form = $('plan-form');
let map;
let layers;
let events;
let current;
/** The nurses called in sick from this page, by id: still listed to report them back. */
const calledSick = new Map();

await requireSession('DISPATCHER', 'ADMIN');
const clinics = await api('GET', '/clinics');
$('clinic').replaceChildren(...clinics.map(c => el('option', { value: c.id }, c.name)));
const params = new URLSearchParams(location.search);
$('clinic').value = params.get('clinic') || clinics[0]?.id;
$('day').value = params.get('day') || addDays(today(), 1);
await setUpMap();
onSubmit(form, () => showPlan());
$('optimise').addEventListener('click', () => act(optimise));
$('stop').addEventListener('click', () => act(() => api('POST', path('/stop'))));
$('publish').addEventListener('click', () => act(publish));
wireEvents();
const showWaitlist = wireDayWaitlist(() => $('clinic').value, () => $('day').value);
await wireGoals();
await showPlan();

function path(suffix = '') {
  return `/plans/${encodeURIComponent($('clinic').value)}/${encodeURIComponent($('day').value)}${suffix}`;
}

async function act(action) {
  try {
    await action();
  } catch (error) {
    showError(form, error);
  }
}

async function showPlan() {
  watch(null);
  render(await api('GET', path()));
  await showWaitlist();
}

async function optimise() {
  watch(path('/events'));
  render(await api('POST', path('/solve')));
  status(form, 'Optimising: the plan below improves as better ones are found.');
}

/**
 * Follows the plan's server-sent events while the optimizer works; one stream at a time. A slow
 * poll stands by in case the stream drops, so the page never waits for an end it missed.
 */
function watch(eventsPath) {
  if (events) {
    events.close();
    clearInterval(events.fallback);
    events = null;
  }
  if (eventsPath) {
    events = new EventSource('api' + eventsPath);
    events.addEventListener('plan', message => render(JSON.parse(message.data)));
    events.fallback = setInterval(() => act(async () => render(await api('GET', path()))), 5000);
  }
}

async function publish() {
  const result = await api('POST', path('/publish'));
  const pinned = result.pinned || [];
  status(form, `Published: ${result.updated} bookings updated, ${result.unchanged} unchanged`
    + (result.changedMeanwhile.length ? `, ${result.changedMeanwhile.length} left alone because they changed `
      + 'meanwhile (optimise again to include them).' : '.')
    + (pinned.length ? ` Pinned and published where pinned: ${pinnedWords(pinned)}.` : ''));
  render(await api('GET', path()));
}

/** The pinned bookings as the dispatcher knows them: kind, patient and treatment, start. */
function pinnedWords(appointmentIds) {
  const rows = current ? assignmentRows(current) : [];
  return appointmentIds.map(id => rows.find(r => r.id === id))
    .map(row => (row ? bookingWords(row) : 'a booking no longer on the day')).join('; ');
}

/** A booking in the practice's words, for buttons and status lines: never its database id. */
function bookingWords(row) {
  return `${row.kind.toLowerCase()} ${row.name}${row.start ? ` at ${clock(row.start)}` : ''}`;
}

/** Where the day's optimisation stands: queued, or by whom since when, on which server. */
function jobLine(job) {
  if (!job) return '';
  if (job.state === 'QUEUED') return 'Waiting for a free optimiser; it starts as soon as one is.';
  const who = job.startedBy ? ` by ${job.startedBy}` : '';
  const since = `Optimising${who} since ${clock(job.startedAt)}`;
  const improved = job.improvedAt ? `, best plan saved ${clock(job.improvedAt)}` : '';
  const where = job.node ? ` · server ${job.node}` : '';
  if (job.state === 'SOLVING') return `${since}${improved}${where}`;
  return `Optimised${who}, started ${clock(job.startedAt)}${improved}.`;
}

function render(plan) {
  current = plan;
  const solving = plan.status === 'SOLVING';
  $('score').textContent = plan.score;
  $('score-summary').textContent = plan.summary ? plan.summary.text : '';
  $('score').dataset.feasible = plan.feasible;
  $('plan-status').textContent = `${words(plan.status)} · ${plan.feasible ? 'feasible' : 'breaks hard rules'}`;
  $('plan-job').textContent = jobLine(plan.job);
  $('optimise').disabled = solving;
  $('stop').disabled = !solving;
  $('publish').disabled = solving;
  if (solving && !events) {
    // Optimised by a colleague, or on another server: follow it all the same.
    watch(path('/events'));
  }
  if (!solving) {
    watch(null);
    if (plan.status === 'SOLVED') status(form, 'Optimising finished. Publish to send the plan to the nurses.');
  }
  drawMap(plan);
  $('unassigned').replaceChildren(...(plan.unassigned.length ? plan.unassigned.map(u =>
    el('li', { 'data-appointment': u.appointmentId }, `${words(u.kind)}, ${bookingName(u, 'no details')}: ${u.reason}`,
      u.approximateLocation ? el('span', { class: 'approximate' }, ` (${APPROXIMATE})`) : null))
    : [el('li', { class: 'muted' }, 'Everything is assigned.')]));
  $('waiting-fits').replaceChildren(...((plan.waitingFits || []).length ? plan.waitingFits.map(f =>
    el('li', { class: 'waiting-fit', 'data-waitlist-entry': f.waitlistEntryId },
      `${f.patientName || 'A waiting patient'} could fit here: ${clock(f.start)}, ${f.minutes} min, `
        + `${f.chair ? chairName(f.chair) : 'home visit'} with ${f.nurseName}${f.treatment ? ` (${f.treatment})` : ''}`))
    : [el('li', { class: 'muted' }, 'No waiting patient fits in yet.')]));
  $('costs').replaceChildren(plan.costs.length ? el('table', {},
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Rule'), el('th', { scope: 'col' }, 'Cost'))),
    el('tbody', {}, plan.costs.map(cost => el('tr', {},
      el('td', {}, el('details', {}, el('summary', {}, cost.rule), el('ul', {}, cost.reasons.map(r => el('li', {}, r))))),
      el('td', {}, cost.score)))))
    : el('p', { class: 'muted' }, 'Nothing costs anything.'));
  drawTimeline($('timeline'), $('timeline-details'), plan);
  drawAssignments(plan);
  fillEventChoices(plan);
}

async function setUpMap() {
  map = L.map('map', { zoomControl: true });
  const settings = await api('GET', '/map');
  if (settings.tileUrl) {
    L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
  }
  layers = L.layerGroup().addTo(map);
  const clinic = clinics.find(c => String(c.id) === $('clinic').value) || clinics[0];
  map.setView([clinic?.latitude || 0, clinic?.longitude || 0], 11);
}

function drawMap(plan) {
  layers.clearLayers();
  const points = [];
  const clinic = clinics.find(c => c.id === plan.clinicId);
  if (clinic) {
    L.circleMarker([clinic.latitude, clinic.longitude], { radius: 9, color: '#1b2430', fillOpacity: 1 })
      .bindTooltip(clinic.name).addTo(layers);
    points.push([clinic.latitude, clinic.longitude]);
  }
  plan.routes.forEach((route, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const base = [route.baseLatitude, route.baseLongitude];
    const line = [base, ...route.stops.map(s => [s.latitude, s.longitude]), base];
    if (route.stops.length) {
      L.polyline(line, { color: colour, weight: 4, opacity: .85, className: 'route-line' })
        .bindTooltip(route.nurseName).addTo(layers);
    }
    route.stops.forEach((stop, n) => {
      const order = `${route.nurseName}, stop ${n + 1}: ${bookingName(stop, 'home visit')}`;
      // A pinned stop is drawn solid with a dark ring: a marker that does not rely on colour alone.
      // An approximate home (placed by its postal code) is drawn with a dotted ring: the house may be near, not there.
      L.circleMarker([stop.latitude, stop.longitude], { radius: stop.pinned ? 9 : 7,
        color: stop.pinned ? '#1b2430' : colour, weight: stop.pinned ? 4 : 3, fillColor: colour,
        dashArray: stop.approximateLocation ? '2 4' : null, fillOpacity: stop.pinned ? 1 : .5,
        className: `stop-marker${stop.pinned ? ' pinned' : ''}${stop.approximateLocation ? ' approximate' : ''}` })
        .bindTooltip(`${order}, start ${clock(stop.start)} `
          + `(promised ${clock(stop.windowStart)}–${clock(stop.windowEnd)})${stop.pinned ? ', pinned' : ''}`
          + (stop.approximateLocation ? `, ${APPROXIMATE}` : ''))
        .addTo(layers);
      // The stop's number in the route's order sits on the stop, in the route's colour.
      L.marker([stop.latitude, stop.longitude], { keyboard: false, interactive: false, title: `${order}, start ${clock(stop.start)}`,
        icon: L.divIcon({ className: 'stop-number', html: el('span', {}, n + 1), iconSize: [22, 22] }) })
        .on('add', event => { event.target.getElement().style.setProperty('--route-colour', colour); })
        .addTo(layers);
    });
    points.push(...line);
  });
  // What no route serves stays on the map, ringed in red and dashed, until the day is optimised.
  plan.unassigned.filter(u => u.latitude != null).forEach(u => {
    L.circleMarker([u.latitude, u.longitude], { radius: 8, color: '#a4161a', weight: 3, dashArray: '4 3',
      fillOpacity: .15, className: 'unassigned-marker' })
      .bindTooltip(`Unassigned ${words(u.kind).toLowerCase()}, ${bookingName(u, 'no details')}: ${u.reason}`
        + (u.approximateLocation ? ` (${APPROXIMATE})` : '')).addTo(layers);
    points.push([u.latitude, u.longitude]);
  });
  $('legend').replaceChildren(...plan.routes.map((route, i) => el('li', {},
    el('span', { class: 'badge', 'data-colour': i }, '■'), ' ', route.nurseName,
    `: ${route.stops.length} visits, ${Math.round(route.travelSeconds / 60)} min driving`)));
  $('legend').querySelectorAll('[data-colour]').forEach(b => { b.style.color = COLOURS[b.dataset.colour % COLOURS.length]; });
  if (points.length) {
    map.fitBounds(points, { padding: [20, 20], maxZoom: 14 });
  }
}

/** Fills the event form's choices from the plan: its nurses and its bookings. */
function fillEventChoices(plan) {
  const nurses = new Map();
  plan.routes.forEach(r => nurses.set(r.nurseId, r.nurseName));
  plan.sessions.filter(s => s.nurseId).forEach(s => nurses.set(s.nurseId, s.nurseName));
  // A nurse called off has no route or session left, yet may be reported back.
  calledSick.forEach((name, id) => nurses.set(id, name));
  keepChoice($('e-nurse'), [...nurses].map(([id, name]) => el('option', { value: id }, name)));
  keepChoice($('e-appointment'), assignmentRows(plan).map(row =>
    el('option', { value: row.id }, `${row.name}: ${row.kind} ${clock(row.start)}, ${row.who}`)));
}

function keepChoice(select, options) {
  const chosen = select.value;
  select.replaceChildren(...options);
  if ([...select.options].some(o => o.value === chosen)) select.value = chosen;
}

function namesNurse(kind) {
  return kind === 'NURSE_SICK' || kind === 'NURSE_BACK';
}

function wireEvents() {
  const kind = $('e-kind');
  const fit = () => {
    $('e-nurse-field').hidden = !namesNurse(kind.value);
    $('e-appointment-field').hidden = namesNurse(kind.value);
    $('e-minutes-field').hidden = kind.value !== 'VISIT_OVERRAN';
  };
  kind.addEventListener('change', fit);
  fit();
  onSubmit($('event-form'), async event => {
    const body = { kind: event.kind };
    if (namesNurse(event.kind)) body.nurseId = event.nurseId;
    if (event.kind === 'NURSE_SICK') calledSick.set(event.nurseId, $('e-nurse').selectedOptions[0]?.textContent);
    else body.appointmentId = event.appointmentId;
    if (event.kind === 'VISIT_OVERRAN') body.minutes = event.minutes;
    const result = await api('POST', path('/day-events'), body);
    status($('event-form'), result.summary);
    render(await api('GET', path()));
  });
  wireUrgentVisit(() => clinics.find(c => String(c.id) === $('clinic').value), async day => {
    $('day').value = day;
    await optimise();
  });
}

async function wireGoals() {
  const goalsForm = $('goals-form');
  const fill = goals => Object.entries(goals).forEach(([name, value]) => {
    goalsForm.querySelector(`[name=${name}]`).value = value;
  });
  fill(await api('GET', '/planning-goals'));
  onSubmit(goalsForm, async goals => {
    fill(await api('PUT', '/planning-goals', goals));
    status(goalsForm, 'Saved. Optimise to plan with them.');
  });
}

function assignmentRows(plan) {
  return [
    ...plan.routes.flatMap(route => route.stops.map(stop => ({ id: stop.appointmentId, name: bookingName(stop, '–'),
      kind: 'Home visit',
      who: route.nurseName, start: stop.start, detail: `promised ${clock(stop.windowStart)}–${clock(stop.windowEnd)}`,
      approximate: stop.approximateLocation, pinned: stop.pinned }))),
    ...plan.sessions.map(session => ({ id: session.appointmentId, name: bookingName(session, '–'), kind: 'Clinic session',
      who: session.nurseName || '–',
      start: session.start, detail: `${session.chair ? chairName(session.chair) : 'no chair'}, promised ${clock(session.promisedStart)}`
        + (session.enhanced ? ', enhanced' : '')
        + (session.cover ? `, ${session.cover.nurseName} covers ${clock(session.cover.from)}–${clock(session.cover.to)}` : ''),
      pinned: session.pinned })),
  ].sort((a, b) => (a.start || '').localeCompare(b.start || ''));
}

function drawAssignments(plan) {
  const rows = assignmentRows(plan);
  $('assignments').replaceChildren(el('table', {},
    el('thead', {}, el('tr', {}, ['Booking', 'Kind', 'Nurse', 'Start', 'Details', 'Pinned']
      .map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map(row => el('tr', { 'data-appointment': row.id, class: row.pinned ? 'pinned' : null },
      el('td', {}, row.name), el('td', {}, row.kind), el('td', {}, row.who), el('td', {}, clock(row.start)),
      el('td', {}, row.detail, row.approximate ? el('div', { class: 'approximate' }, APPROXIMATE) : null),
      el('td', {}, el('button', { type: 'button', class: 'secondary pin', 'aria-pressed': String(row.pinned),
        'aria-label': `${row.pinned ? 'Unpin' : 'Pin'} ${bookingWords(row)}`,
        onclick: () => act(() => pin(row.id, !row.pinned)) }, row.pinned ? 'Unpin' : 'Pin')))))));
}

/**
 * Pins keep a booking where it is booked (its nurse, chair and start; the patient's promise is
 * unchanged), and publishing publishes it there. A running optimisation is told at once; a finished
 * one that had moved the booking is set aside by the server, and the page says so.
 */
async function pin(appointmentId, pinned) {
  const before = current?.status;
  await api(pinned ? 'PUT' : 'DELETE', path(`/pins/${appointmentId}`));
  const plan = await api('GET', path());
  render(plan);
  const row = assignmentRows(plan).find(r => r.id === appointmentId);
  const where = row?.start ? ` with ${row.who} at ${clock(row.start)} (${row.detail})` : '';
  const setAside = pinned && before === 'SOLVED' && plan.status === 'AS_BOOKED'
    ? ' The optimised plan had moved it, so that plan was set aside: optimise again, then publish.' : '';
  const what = row ? `${row.kind} ${row.name}` : 'The booking';
  status($('pins-form'), pinned
    ? `${what} pinned: re-planning and publishing keep it${where}.${setAside}`
    : `${what} unpinned: re-planning may move it within its promise.`);
}
