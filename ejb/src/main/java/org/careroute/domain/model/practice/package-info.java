/** Settings of the practice as a whole: what its planner weighs. */
package org.careroute.domain.model.practice;
