/** Patients, their screening answers, and the monitoring level and clinician hold that follow. */
package org.careroute.domain.model.patient;
