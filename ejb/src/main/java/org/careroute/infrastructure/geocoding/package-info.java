/**
 * Geocoders behind the domain's port: a Nominatim-compatible service when one is configured, the
 * practice's postal-code table always, tried in that order.
 */
package org.careroute.infrastructure.geocoding;
