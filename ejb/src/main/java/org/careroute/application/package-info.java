/**
 * Application services: the use cases, with their transactions, access rules and audit. Interfaces
 * carry the validation rules; implementations live in {@code internal}.
 */
package org.careroute.application;
