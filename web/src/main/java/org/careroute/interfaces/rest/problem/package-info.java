/** The API's one error shape, RFC 9457 problem details, and the one mapper that produces it. */
package org.careroute.interfaces.rest.problem;
