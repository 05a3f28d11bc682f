/** The domain model: aggregates, their rules, and the repository interfaces that keep them. */
package org.careroute.domain;
