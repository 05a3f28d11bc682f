/** Login sessions in the database: tokens, their hashes, idle and absolute expiry, the purge. */
package org.careroute.application.internal.session;
