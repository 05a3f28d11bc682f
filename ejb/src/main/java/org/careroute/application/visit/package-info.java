/** A nurse's day: the visits in planned order, and the progress the nurse records at each. */
package org.careroute.application.visit;
