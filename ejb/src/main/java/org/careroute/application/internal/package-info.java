/** The transactional implementations of the application services. */
package org.careroute.application.internal;
