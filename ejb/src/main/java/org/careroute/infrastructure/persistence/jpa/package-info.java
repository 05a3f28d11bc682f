/** JPA implementations of the domain's repository interfaces. */
package org.careroute.infrastructure.persistence.jpa;
