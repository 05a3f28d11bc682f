/** Domain services: travel time, and fitting a requested session into the practice's capacity. */
package org.careroute.domain.service;
