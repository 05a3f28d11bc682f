/** The demo practice, loaded into an empty database when demo mode is on. */
package org.careroute.infrastructure.demo;
