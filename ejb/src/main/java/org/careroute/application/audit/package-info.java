/** Reading the audit trail. */
package org.careroute.application.audit;
