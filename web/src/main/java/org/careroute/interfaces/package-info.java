/** The ways in: the REST API (and, later, the pages) over the application services. */
package org.careroute.interfaces;
