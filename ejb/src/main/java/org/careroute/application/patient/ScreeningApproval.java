package org.careroute.application.patient;

/** A clinician's approval of a held screening; only an admin may also allow treatment at home. */
public record ScreeningApproval(boolean allowHomeTreatment) {}
