/** Mail to patients and nurses: the outbox of messages to send, and who wants which kind. */
package org.careroute.domain.model.mail;
