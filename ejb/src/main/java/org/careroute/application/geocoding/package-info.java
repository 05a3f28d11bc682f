/** Finding where an address is, and the admins' table of the practice's postal codes. */
package org.careroute.application.geocoding;
