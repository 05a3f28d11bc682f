/**
 * Bookings and visits as calendar files (iCalendar): one booking to download, or a secret feed link
 * a calendar app subscribes to and that its owner can renew or revoke.
 */
package org.careroute.application.calendar;
