/**
 * A day of the practice as the planner sees it: its two problems together ({@link
 * org.careroute.planning.day.DayProblem}), and the port through which the application has days
 * scored, explained and solved ({@link org.careroute.planning.day.DayOptimizer}).
 */
package org.careroute.planning.day;
