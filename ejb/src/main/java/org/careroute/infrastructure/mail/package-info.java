/** Mail through the server's mail subsystem (Jakarta Mail). */
package org.careroute.infrastructure.mail;
