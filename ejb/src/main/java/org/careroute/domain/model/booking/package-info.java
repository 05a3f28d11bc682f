/** Appointments and treatment series: what was promised to whom, and who will deliver it. */
package org.careroute.domain.model.booking;
