/** Mail to patients and nurses: the outbox as admins see it, preferences, and the mail port. */
package org.careroute.application.mail;
