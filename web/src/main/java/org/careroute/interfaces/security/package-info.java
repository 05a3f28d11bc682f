/** How callers authenticate: HTTP Basic on every request, or the session a login started. */
package org.careroute.interfaces.security;
