/** The practice's own table of its area's postal codes: where an address is when nothing better. */
package org.careroute.domain.model.geocoding;
