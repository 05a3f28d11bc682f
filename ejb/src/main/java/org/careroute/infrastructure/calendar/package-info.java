/** Calendar files written with ical4j. */
package org.careroute.infrastructure.calendar;
