/** Patient use cases: registration, profile, screening, and the clinician's review of holds. */
package org.careroute.application.patient;
