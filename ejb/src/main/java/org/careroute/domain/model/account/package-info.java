/** User accounts: logins, password hashes and roles. */
package org.careroute.domain.model.account;
