/**
 * Planning a clinic's day: solving, watching the score improve, explaining it, publishing the plan.
 */
package org.careroute.application.planning;
