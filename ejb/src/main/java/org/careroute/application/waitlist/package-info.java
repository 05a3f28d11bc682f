/** The waitlist: patients waiting for a place, and freed places offered to them by mail. */
package org.careroute.application.waitlist;
