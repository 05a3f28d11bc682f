/** Booking use cases: availability, single sessions, whole series, cancelling and moving. */
package org.careroute.application.booking;
