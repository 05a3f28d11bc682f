/** Patients waiting for a freed place, and the places offered to them one at a time. */
package org.careroute.domain.model.waitlist;
