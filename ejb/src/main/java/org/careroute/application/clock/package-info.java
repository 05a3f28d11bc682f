/** The application's time as tests may move it: never in production. */
package org.careroute.application.clock;
