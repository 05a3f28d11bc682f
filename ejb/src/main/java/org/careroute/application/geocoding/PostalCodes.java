package org.careroute.application.geocoding;

/** What a postal code looks like wherever a practice is: letters, digits, a space or a dash. */
public final class PostalCodes {

  public static final String PATTERN = "\\s*[A-Za-z0-9][A-Za-z0-9 -]{1,10}\\s*";
  public static final String MESSAGE = "Enter a postal code of letters and digits, such as 95816.";

  private PostalCodes() {}

  public static boolean isValid(String postalCode) {
    return postalCode != null && postalCode.matches(PATTERN);
  }
}
