/**
 * How callers authenticate: HTTP Basic on every request, or the session cookie a login set (the
 * session itself is kept in the database).
 */
package org.careroute.interfaces.security;
