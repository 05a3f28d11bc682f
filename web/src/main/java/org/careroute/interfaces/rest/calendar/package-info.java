/** Calendar files (text/calendar) and secret feed links. */
package org.careroute.interfaces.rest.calendar;
