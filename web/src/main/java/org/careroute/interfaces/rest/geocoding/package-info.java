/** REST resources for finding addresses and for the admins' table of postal codes. */
package org.careroute.interfaces.rest.geocoding;
