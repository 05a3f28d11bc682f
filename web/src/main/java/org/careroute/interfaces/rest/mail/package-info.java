/** The outbox for admins, mail preferences, and the public unsubscribe link. */
package org.careroute.interfaces.rest.mail;
