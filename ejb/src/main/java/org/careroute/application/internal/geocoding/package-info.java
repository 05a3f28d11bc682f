/** The geocoding use cases: finding an address, keeping the postal-code table. */
package org.careroute.application.internal.geocoding;
