// The patient's home on a map: the address is looked up, and a pin the patient drags (or places with
// a tap, or moves with the arrow keys) says exactly where the nurse comes. Used at registration and on
// the profile page. Leaflet comes from the page (a webjar), as on the dispatcher's page.
import { api, ApiError, el, showError, clearErrors } from './api.js';

/** Arrow keys move the pin by about 10 m, for people who do not drag. */
const NUDGE_DEGREES = 0.0001;

/**
 * Wires the address fields of a form (names ending in homeStreet, homePostalCode, homeCity), its
 * hidden homeLatitude, homeLongitude and homeLocationApproximate fields, the "find" button and the
 * map container. {@code centre} is where the map opens when the address is not found.
 */
export function wireHomeLocation({ form, findButton, mapContainer, note, centre }) {
  const field = suffix => form.querySelector(`[name$="${suffix}"]`);
  const latitude = field('homeLatitude');
  const longitude = field('homeLongitude');
  const approximate = field('homeLocationApproximate');
  const addressFields = ['homeStreet', 'homePostalCode', 'homeCity'].map(field);
  let map = null;
  let pin = null;

  const say = (text, kind) => {
    note.textContent = text;
    note.className = 'notice' + (kind ? ' ' + kind : '');
    note.hidden = !text;
  };

  const place = (lat, lon, isApproximate) => {
    latitude.value = lat === null ? '' : lat.toFixed(6);
    longitude.value = lon === null ? '' : lon.toFixed(6);
    approximate.value = String(Boolean(isApproximate));
  };

  const pinMoved = () => {
    const at = pin.getLatLng();
    place(at.lat, at.lng, false);
    say('The pin is on your home: the nurse comes exactly there. Drag it again if it is not quite right.', 'ok');
  };

  async function showMap(lat, lon, zoom) {
    mapContainer.hidden = false;
    if (!map) {
      // The map needs a view before a marker can be drawn on it.
      map = L.map(mapContainer, { zoomControl: true }).setView([lat, lon], zoom);
      const settings = await api('GET', '/map');
      if (settings.tileUrl) {
        L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
      }
      pin = L.marker([lat, lon], { draggable: true, autoPan: true, keyboard: true, title: 'Your home', alt: 'Your home' })
        .addTo(map);
      pin.on('dragend', pinMoved);
      map.on('click', event => { pin.setLatLng(event.latlng); pinMoved(); });
      pin.getElement().addEventListener('keydown', event => {
        const step = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[event.key];
        if (!step) return;
        event.preventDefault();
        const at = pin.getLatLng();
        pin.setLatLng([at.lat + step[0] * NUDGE_DEGREES, at.lng + step[1] * NUDGE_DEGREES]);
        pinMoved();
      });
    }
    pin.setLatLng([lat, lon]);
    map.setView([lat, lon], zoom);
    map.invalidateSize();
  }

  async function find() {
    clearErrors(form);
    const [street, postalCode, city] = addressFields.map(f => f.value.trim());
    try {
      const found = await api('POST', '/addresses/locate', { street, postalCode, city });
      place(found.latitude, found.longitude, found.approximate);
      await showMap(found.latitude, found.longitude, found.approximate ? 14 : 17);
      say(found.approximate
        ? 'The pin is in the middle of your postal code\'s area (an approximate location). Drag it onto your home, '
          + 'or tap your home on the map, so that the nurse finds you.'
        : 'Is the pin on your home? Drag it if it is not quite right.', found.approximate ? 'warning' : '');
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404) {
        showError(form, error);
        return;
      }
      place(null, null, false);
      await showMap(centre.latitude, centre.longitude, 11);
      say(error.message, 'warning');
    }
  }

  findButton.addEventListener('click', find);
  // Coordinates belong to the address they were found for: a new address has to be found again.
  addressFields.forEach(f => f.addEventListener('change', () => {
    if (latitude.value) {
      place(null, null, false);
      say('The address changed: find it on the map again (or save, and we place it by its postal code).', 'warning');
    }
  }));

  return {
    /** Shows a location already saved, such as the profile's. */
    async show(me) {
      if (me.homeLatitude == null) {
        place(null, null, false);
        return;
      }
      place(me.homeLatitude, me.homeLongitude, me.homeLocationApproximate);
      await showMap(me.homeLatitude, me.homeLongitude, me.homeLocationApproximate ? 14 : 17);
      say(me.homeLocationApproximate
        ? 'Your home is placed only approximately, by its postal code. Drag the pin onto your home.'
        : 'The pin shows where the nurse comes. Drag it to correct it.', me.homeLocationApproximate ? 'warning' : '');
    },
  };
}

/** Where the map opens when an address is not found: the practice's first clinic. */
export async function practiceCentre() {
  const clinics = await api('GET', '/clinics');
  return clinics[0] || { latitude: 0, longitude: 0 };
}

/** The address fields, the find button, the map and its note, for a form; {@code prefix} is the JSON path. */
export function homeLocationFields(prefix, idPrefix) {
  const id = name => `${idPrefix}-${name}`;
  const input = (name, label, attributes = {}) => el('div', { class: 'field' },
    el('label', { for: id(name) }, label), el('input', { id: id(name), name: prefix + name, ...attributes }));
  return el('fieldset', { class: 'home-location' },
    el('legend', {}, 'Home address (for home visits)'),
    input('homeStreet', 'Street and house number', { autocomplete: 'address-line1' }),
    el('div', { class: 'row' },
      input('homePostalCode', 'Postal code', { autocomplete: 'postal-code', inputmode: 'text' }),
      input('homeCity', 'City', { autocomplete: 'address-level2' })),
    el('button', { type: 'button', class: 'secondary', id: id('find') }, 'Find my home on the map'),
    el('p', { class: 'notice', id: id('note'), role: 'status', 'aria-live': 'polite', hidden: true }),
    el('div', { class: 'home-map', id: id('map'), hidden: true, 'aria-label': 'Map with a pin on your home' }),
    el('input', { type: 'hidden', name: prefix + 'homeLatitude', 'data-type': 'number' }),
    el('input', { type: 'hidden', name: prefix + 'homeLongitude', 'data-type': 'number' }),
    el('input', { type: 'hidden', name: prefix + 'homeLocationApproximate', 'data-type': 'boolean', value: 'false' }));
}
