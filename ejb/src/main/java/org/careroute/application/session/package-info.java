/**
 * Login sessions kept in the database, so that any node of a cluster serves a logged-in caller and
 * no node holds a session in its memory alone.
 */
package org.careroute.application.session;
