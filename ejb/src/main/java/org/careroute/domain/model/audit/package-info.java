/** The audit trail of every read and change of patient data. */
package org.careroute.domain.model.audit;
