/** Need-to-know: who may read a patient's records, and the audit of reads outside one's care. */
package org.careroute.application.internal.access;
