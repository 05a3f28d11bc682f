package org.careroute.application.booking;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.careroute.domain.model.booking.Series;

/** The rules of a series' length and gaps, said once for booking one and for looking for one. */
public final class SeriesConstraints {

  private SeriesConstraints() {}

  @NotNull(message = "Say how many sessions.")
  @Min(value = 1, message = "A series has at least 1 session.")
  @Max(
      value = Series.MAX_SESSIONS,
      message = "A series has at most " + Series.MAX_SESSIONS + " sessions.")
  @Target({FIELD, METHOD, PARAMETER})
  @Retention(RUNTIME)
  @Constraint(validatedBy = {})
  @Documented
  public @interface Sessions {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  @NotNull(message = "Give the minimum gap in days.")
  @Min(value = 1, message = "The minimum gap is at least 1 day.")
  @Target({FIELD, METHOD, PARAMETER})
  @Retention(RUNTIME)
  @Constraint(validatedBy = {})
  @Documented
  public @interface MinGapDays {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  @NotNull(message = "Give the maximum gap in days.")
  @Max(
      value = Series.MAX_GAP_DAYS,
      message = "The maximum gap is at most " + Series.MAX_GAP_DAYS + " days.")
  @Target({FIELD, METHOD, PARAMETER})
  @Retention(RUNTIME)
  @Constraint(validatedBy = {})
  @Documented
  public @interface MaxGapDays {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }
}
