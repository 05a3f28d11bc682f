/** The treatment catalog: what can be given, how long it takes, where, and by whom. */
package org.careroute.domain.model.treatment;
