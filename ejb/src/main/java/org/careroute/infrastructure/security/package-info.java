/** Passwords and identities: PBKDF2 hashes and the identity store over the user accounts. */
package org.careroute.infrastructure.security;
