/**
 * The waitlist at work: a freed place is offered to the first waiting patient the plan-checked
 * availability can fit into it, held for them, and passed on when they decline or let it expire.
 */
package org.careroute.application.internal.waitlist;
