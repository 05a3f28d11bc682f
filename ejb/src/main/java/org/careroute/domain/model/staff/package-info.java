/** Nurses, their certifications and home bases, and the shifts they work. */
package org.careroute.domain.model.staff;
