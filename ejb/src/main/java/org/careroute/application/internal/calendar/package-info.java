/** Calendar files and secret feed links. */
package org.careroute.application.internal.calendar;
