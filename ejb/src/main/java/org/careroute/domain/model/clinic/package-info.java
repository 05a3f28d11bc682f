/** Clinics: where they are, when they open, and the infusion chairs they have. */
package org.careroute.domain.model.clinic;
