/** The clinic rules, one method each, with the justifications a dispatcher is shown. */
package org.careroute.planning.clinic.solver;
