/** Keeping the practice: clinics and chairs, nurses and shifts, the treatment catalog. */
package org.careroute.application.practice;
