package org.careroute.application.patient;

/**
 * The answer to a registration, the same whether the email address was new or already had an
 * account, so that registering cannot tell anyone who is a patient here.
 */
public record RegistrationReceipt(String email, String detail) {

  static final String NEXT_STEP = "Log in with this email address and your password.";

  public static RegistrationReceipt of(String email) {
    return new RegistrationReceipt(email, NEXT_STEP);
  }
}
