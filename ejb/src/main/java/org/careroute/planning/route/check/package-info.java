/** Checking a finished route plan against the hard rules, independently of the solver's score. */
package org.careroute.planning.route.check;
