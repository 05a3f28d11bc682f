/** Running OptaPlanner inside the server: solver managers on the server's managed threads. */
package org.careroute.infrastructure.planning;
