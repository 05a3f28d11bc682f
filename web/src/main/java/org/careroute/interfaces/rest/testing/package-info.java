/** Endpoints for the in-server tests only, answering 404 on every other server. */
package org.careroute.interfaces.rest.testing;
