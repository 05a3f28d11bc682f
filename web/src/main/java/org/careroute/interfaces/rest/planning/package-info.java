/** REST resources for dispatchers: optimise a clinic's day, watch it improve, publish it. */
package org.careroute.interfaces.rest.planning;
