/** Logging in and out with a session cookie. */
package org.careroute.interfaces.rest.security;
