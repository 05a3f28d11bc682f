/**
 * Domain services: travel time, geocoding (a port), and fitting a requested session into the
 * practice's capacity.
 */
package org.careroute.domain.service;
