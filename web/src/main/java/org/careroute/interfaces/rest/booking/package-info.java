/** REST resources for booking: availability, appointments and series. */
package org.careroute.interfaces.rest.booking;
