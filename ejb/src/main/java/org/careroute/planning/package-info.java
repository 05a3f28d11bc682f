/**
 * The planning engine (OptaPlanner). A day of the practice is two planning problems that share no
 * nurse, since a shift is either in a clinic or on the road: home visit routes ({@code route}, a
 * list variable per field shift) and clinic sessions ({@code clinic}, chair, nurse and start).
 * OptaPlanner 10 does not combine list and basic planning variables in one solution.
 */
package org.careroute.planning;
