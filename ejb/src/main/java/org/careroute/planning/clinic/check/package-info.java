/** Checking a finished clinic plan against the hard rules, independently of the solver's score. */
package org.careroute.planning.clinic.check;
