/** Producers of the settings and services the rest of the application injects. */
package org.careroute.infrastructure.config;
