package org.careroute.domain.model.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.careroute.domain.shared.InvalidRequestException;

/**
 * What staff typed to find a patient, read as one key: a date of birth (1980-05-17 or 5/17/1980), a
 * phone number (its digits, at least four of them) or a part of the name (at least two letters).
 */
public record PatientSearch(Key key, String value, LocalDate dateOfBirth) {

  public enum Key {
    NAME,
    PHONE,
    DATE_OF_BIRTH
  }

  static final int MIN_PHONE_DIGITS = 4;
  static final int MIN_NAME_LETTERS = 2;

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US)
              .withResolverStyle(ResolverStyle.STRICT));

  public static PatientSearch of(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw new InvalidRequestException(
          "search", "Type part of the patient's name, a phone number or a date of birth.");
    }
    if (text.matches("[0-9]{1,4}[-/][0-9]{1,2}[-/][0-9]{1,4}")) {
      return new PatientSearch(Key.DATE_OF_BIRTH, text, date(text));
    }
    if (text.matches("[0-9+()./\\s-]+")) {
      String digits = text.replaceAll("[^0-9]", "");
      if (digits.length() < MIN_PHONE_DIGITS) {
        throw new InvalidRequestException(
            "search", "Type at least " + MIN_PHONE_DIGITS + " digits of the phone number.");
      }
      return new PatientSearch(Key.PHONE, digits, null);
    }
    if (text.codePointCount(0, text.length()) < MIN_NAME_LETTERS) {
      throw new InvalidRequestException(
          "search", "Type at least " + MIN_NAME_LETTERS + " letters of the patient's name.");
    }
    return new PatientSearch(Key.NAME, text.toLowerCase(Locale.ROOT), null);
  }

  private static LocalDate date(String text) {
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException notThisOne) {
        // the next format may read it
      }
    }
    throw new InvalidRequestException(
        "search", "Give the date of birth as YYYY-MM-DD or M/D/YYYY, such as 1980-05-17.");
  }
}
