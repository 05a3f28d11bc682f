// Talks to the REST API and shows its problem details next to the fields they name.

/** An API answer that was not 2xx; carries the RFC 9457 problem when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem || {};
  }
}

export async function api(method, path, body, headers = {}) {
  // X-Requested-With asks for a 401 without a Basic challenge, which would pop up the browser's own login dialog.
  const options = { method, headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers },
    credentials: 'same-origin' };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch('api' + path, options);
  } catch (offline) {
    throw new ApiError(0, { detail: 'CareRoute cannot be reached. Check the connection and try again.' });
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, typeof payload === 'object' ? payload : null);
  }
  return payload;
}

/** The logged-in caller, or a trip to the login page when there is none or the role is missing. */
export async function requireSession(...roles) {
  try {
    const session = await api('GET', '/session');
    if (roles.length && !roles.some(r => session.roles.includes(r))) {
      window.location.replace('index.html?denied=1');
      return new Promise(() => {});
    }
    wireLogout(session);
    return session;
  } catch (e) {
    window.location.replace('index.html?next=' + encodeURIComponent(location.pathname.split('/').pop()));
    return new Promise(() => {});
  }
}

function wireLogout(session) {
  const who = document.getElementById('who');
  if (who) {
    who.textContent = session.login;
  }
  const button = document.getElementById('logout');
  if (button) {
    button.addEventListener('click', async () => {
      await api('DELETE', '/session');
      window.location.replace('index.html');
    });
  }
}

/**
 * Reads a form into JSON: names are JSON paths (a.b); data-type says number, boolean, choice (a
 * radio), yes-no (a radio meaning true or false); a data-list element gathers its checked boxes.
 */
export function formJson(form) {
  const result = {};
  for (const field of form.querySelectorAll('[name]')) {
    if (field.type === 'checkbox' && field.dataset.type !== 'boolean') {
      continue;
    }
    let value;
    switch (field.dataset.type) {
      case 'boolean': value = field.type === 'checkbox' ? field.checked : field.value === 'true'; break;
      case 'number': value = field.value.trim() === '' ? null : Number(field.value); break;
      case 'choice': if (!field.checked) continue; value = field.value; break;
      case 'yes-no': if (!field.checked) continue; value = field.value === 'true'; break;
      default: value = field.value.trim() === '' ? null : field.value.trim();
    }
    setPath(result, field.name, value);
  }
  for (const group of form.querySelectorAll('[data-list]')) {
    const values = [...group.querySelectorAll('input[type=checkbox]:checked')].map(c => c.value);
    setPath(result, group.dataset.list, values);
  }
  return result;
}

function setPath(target, path, value) {
  const parts = path.split('.');
  let at = target;
  parts.slice(0, -1).forEach(p => { at = at[p] = at[p] || {}; });
  at[parts[parts.length - 1]] = value;
}

/** Clears the messages a form showed last time. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  const summary = form.querySelector('.form-status');
  if (summary) {
    summary.textContent = '';
    summary.className = 'form-status';
  }
}

/**
 * Shows an API error: each field error under the input it names (matched by JSON path, then by the
 * last part of the path), and the detail in the form's status line.
 */
export function showError(form, error) {
  clearErrors(form);
  const problem = error instanceof ApiError ? error.problem : { detail: error.message };
  const unplaced = [];
  for (const fieldError of problem.errors || []) {
    const input = findField(form, fieldError.field);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const message = document.createElement('p');
      message.className = 'field-error';
      message.id = (input.id || input.name || fieldError.field).replace(/\W/g, '-') + '-error';
      message.textContent = fieldError.message;
      input.setAttribute('aria-describedby', message.id);
      // A choice's message goes under the whole group of choices, not between a radio button and its label.
      const group = input.closest('.field') ? null : input.closest('fieldset');
      if (group) group.append(message);
      else (input.closest('.field') || input).after(message);
    } else {
      unplaced.push(fieldError.message);
    }
  }
  // A message the detail already says is not said twice.
  const detail = error.status === 401 && !problem.detail ? 'Please log in again.' : problem.detail;
  status(form, [detail, ...unplaced.filter(message => message !== detail)].filter(Boolean).join(' '), 'error');
  const first = form.querySelector('[aria-invalid]');
  if (first) {
    first.focus();
  }
}

function findField(form, path) {
  const exact = form.querySelector(`[name="${CSS.escape(path)}"], [data-list="${CSS.escape(path)}"]`);
  if (exact) {
    return exact;
  }
  const last = path.split('.').pop();
  return form.querySelector(`[name$=".${CSS.escape(last)}"], [name="${CSS.escape(last)}"]`);
}

/** Writes the outcome of a form into its status line, which screen readers announce. */
export function status(form, text, kind = 'ok') {
  const line = form.querySelector('.form-status');
  if (line) {
    line.textContent = text;
    line.className = 'form-status ' + kind;
  }
}

/** Runs a form's submit through the API, showing errors next to fields. */
export function onSubmit(form, handler) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector('[type=submit]');
    if (button) button.disabled = true;
    try {
      await handler(formJson(form), form);
    } catch (error) {
      showError(form, error);
    } finally {
      if (button) button.disabled = false;
    }
  });
}

/** Creates an element with text and attributes; never parses HTML, so data cannot inject markup. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else element.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** Times are shown as the clinic's wall clock: the offset the API sent is kept, not the browser's. */
export function clock(iso) {
  return iso ? iso.substring(11, 16) : '–';
}

export function dateOf(iso) {
  return iso ? iso.substring(0, 10) : '';
}

/** A calendar day as 'Mon 5 Jan'. */
export function dayLabel(isoDay) {
  return new Date(isoDay.substring(0, 10) + 'T12:00:00Z')
    .toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

export function when(iso) {
  return iso ? dayLabel(iso) + ' ' + clock(iso) : '–';
}

/** Today in the browser's calendar, as YYYY-MM-DD. */
export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
}

/** Today in a clinic's calendar, as YYYY-MM-DD. */
export function todayIn(zoneId) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zoneId, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}

export function addDays(isoDay, days) {
  const d = new Date(isoDay + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().substring(0, 10);
}

const LABELS = { IV_THERAPY: 'IV therapy', ACLS: 'ACLS', HOME_VISIT: 'Home visits', IM_INJECTION: 'IM injection',
  IV_INFUSION: 'IV infusion' };

/** A chair's name: some clinics label chairs "Chair 3", others "C3". */
export function chairName(label) {
  return /chair/i.test(label) ? label : `Chair ${label}`;
}

/** An API code such as FIELD or IV_THERAPY in words. */
export function words(code) {
  return code ? LABELS[code] || code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ') : '';
}

/** A wall-clock time on a day in a clinic's time zone, as ISO-8601 with that zone's offset then. */
export function clinicTime(zoneId, day, time) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zoneId, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`)).find(p => p.type === 'timeZoneName').value;
  return `${day}T${time}:00${name === 'GMT' ? 'Z' : name.replace('GMT', '')}`;
}
