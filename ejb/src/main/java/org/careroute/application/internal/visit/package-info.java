/** The nurse's day and visit progress. */
package org.careroute.application.internal.visit;
