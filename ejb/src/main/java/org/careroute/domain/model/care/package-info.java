/**
 * The care rules every placement obeys: who may treat whom, and how many patients a nurse watches
 * at once.
 */
package org.careroute.domain.model.care;
