/** The waitlist: joining and leaving it, the desk's day, and the links of an offered place. */
package org.careroute.interfaces.rest.waitlist;
