/**
 * Clinic sessions as a planning problem: each session gets a start near its promise, a chair and a
 * nurse.
 */
package org.careroute.planning.clinic.domain;
