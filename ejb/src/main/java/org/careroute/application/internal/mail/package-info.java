/**
 * The outbox at work: messages written in the transactions of the changes they tell of, and the
 * scheduled sender that claims and sends them once across the cluster.
 */
package org.careroute.application.internal.mail;
