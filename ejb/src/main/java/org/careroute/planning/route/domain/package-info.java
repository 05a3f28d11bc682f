/**
 * Home visit routes as a planning problem: a route per field shift, visits in order, times derived.
 */
package org.careroute.planning.route.domain;
