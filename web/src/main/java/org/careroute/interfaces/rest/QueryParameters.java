package org.careroute.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.careroute.domain.shared.InvalidRequestException;

/**
 * Reads query parameters with errors that name the parameter: JAX-RS would answer a value it cannot
 * convert with a bare 404.
 */
public final class QueryParameters {

  private QueryParameters() {}

  public static Long optionalId(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name, name + " must be a number.");
    }
  }

  public static Long requiredId(String name, String value) {
    Long id = optionalId(name, value);
    if (id == null) {
      throw new InvalidRequestException(name, "Give " + name + ".");
    }
    return id;
  }

  public static Integer requiredInt(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(name, "Give " + name + " as a whole number.");
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name, name + " must be a whole number.");
    }
  }

  public static LocalDate requiredDate(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(name, "Give " + name + " as a date, YYYY-MM-DD.");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(name, name + " must be a date, YYYY-MM-DD.");
    }
  }

  public static <E extends Enum<E>> E requiredEnum(String name, String value, Class<E> type) {
    try {
      return Enum.valueOf(
          type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          name, name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ".");
    }
  }
}
