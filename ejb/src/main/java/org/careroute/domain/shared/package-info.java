/** Value objects and exceptions shared by every part of the domain. */
package org.careroute.domain.shared;
