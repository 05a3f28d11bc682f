package org.careroute.application.patient;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What staff typed to find a patient, and how many patients to show at most (10 when not said). It
 * travels in a request body, so that no access log keeps a name, phone or birthday.
 */
public record PatientQuery(
    String search,
    @Min(value = 1, message = "Ask for 1 to 25 patients at a time.")
        @Max(value = PatientQuery.MAX_LIMIT, message = "Ask for 1 to 25 patients at a time.")
        Integer limit) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 25;

  public int limitOrDefault() {
    return limit == null ? DEFAULT_LIMIT : limit;
  }
}
