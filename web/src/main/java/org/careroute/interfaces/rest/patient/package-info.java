/** REST resources for patients: registration, profile, screening, and the clinicians' review. */
package org.careroute.interfaces.rest.patient;
