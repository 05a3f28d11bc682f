/** The nurse's day over HTTP. */
package org.careroute.interfaces.rest.visit;
