package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careroute.application.booking.SeriesAvailability.SeriesAlternative;
import org.careroute.application.internal.booking.SeriesSearch.SeriesOption;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.model.booking.SeriesShape;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;

/**
 * What would fit when a series does not: found by searching again with fewer sessions, with wider
 * gaps, and at the other clinics, never guessed.
 */
@ApplicationScoped
public class SeriesAlternatives {

  /** How many days more than asked the widest gap tried is. */
  static final int EXTRA_GAP_DAYS = 7;

  /** How many other clinics to name at most, the nearest first: each costs a search of its days. */
  static final int OTHER_CLINICS_NAMED = 2;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.ENGLISH);

  @Inject SeriesSearch search;

  @Inject ClinicRepository clinics;

  /** The series that fit with a first session on these days, each said in a sentence. */
  List<SeriesAlternative> whatWouldFit(
      FreeWindows here, SeriesShape shape, LocalDate from, LocalDate to) {
    List<SeriesAlternative> found = new ArrayList<>();
    fewerSessions(here, shape, from, to).ifPresent(found::add);
    widerGaps(here, shape, from, to).ifPresent(found::add);
    found.addAll(otherClinics(here, shape, from, to));
    return found;
  }

  /** The sentence for the patient: what was tried and what works. */
  static String sentence(SeriesShape shape, List<SeriesAlternative> alternatives) {
    String none =
        "No first time in these days leaves room for all " + shape.sessions() + " sessions. ";
    if (alternatives.isEmpty()) {
      return none
          + "Fewer sessions, gaps of up to "
          + (shape.maxGapDays() + EXTRA_GAP_DAYS)
          + " days and the other clinics were tried and do not fit either: try later days.";
    }
    return none + String.join(" ", alternatives.stream().map(SeriesAlternative::advice).toList());
  }

  private Optional<SeriesAlternative> fewerSessions(
      FreeWindows here, SeriesShape shape, LocalDate from, LocalDate to) {
    for (int sessions = shape.sessions() - 1; sessions >= 2; sessions--) {
      SeriesShape fewer = shape.withSessions(sessions);
      Optional<SeriesOption> option = earliest(here, fewer, from, to);
      if (option.isPresent()) {
        return Optional.of(
            alternative(
                sessions + " sessions instead of " + shape.sessions() + " fit, the first on ",
                fewer,
                here,
                option.get()));
      }
    }
    return Optional.empty();
  }

  private Optional<SeriesAlternative> widerGaps(
      FreeWindows here, SeriesShape shape, LocalDate from, LocalDate to) {
    int widest = Math.min(Series.MAX_GAP_DAYS, shape.maxGapDays() + EXTRA_GAP_DAYS);
    for (int gap = shape.maxGapDays() + 1; gap <= widest; gap++) {
      SeriesShape wider = shape.withMaxGapDays(gap);
      Optional<SeriesOption> option = earliest(here, wider, from, to);
      if (option.isPresent()) {
        return Optional.of(
            alternative(
                "With up to "
                    + gap
                    + " days between sessions all "
                    + shape.sessions()
                    + " fit, the first on ",
                wider,
                here,
                option.get()));
      }
    }
    return Optional.empty();
  }

  private List<SeriesAlternative> otherClinics(
      FreeWindows here, SeriesShape shape, LocalDate from, LocalDate to) {
    BookingRequest template = here.template();
    List<SeriesAlternative> found = new ArrayList<>();
    List<Clinic> nearestFirst =
        clinics.findAll().stream()
            .sorted(
                Comparator.comparingDouble(
                    c -> c.location().metersTo(template.clinic().location())))
            .toList();
    for (Clinic clinic : nearestFirst) {
      if (clinic.id().equals(template.clinic().id()) || found.size() >= OTHER_CLINICS_NAMED) {
        continue;
      }
      FreeWindows there =
          search.freeWindows(
              new BookingRequest(
                  template.patient(),
                  template.treatment(),
                  clinic,
                  template.setting(),
                  template.monitoringLevel(),
                  template.visitLocation(),
                  template.window()),
              here.notBefore());
      earliest(there, shape, from, to)
          .ifPresent(
              option ->
                  found.add(
                      alternative(
                          "At "
                              + clinic.name()
                              + " all "
                              + shape.sessions()
                              + " fit, the first on ",
                          shape,
                          there,
                          option)));
    }
    return found;
  }

  /**
   * The earliest first time from which the series fits, looked for day by day: a later day's
   * windows are asked for only when no earlier day starts the series.
   */
  private Optional<SeriesOption> earliest(
      FreeWindows free, SeriesShape shape, LocalDate from, LocalDate to) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      List<SeriesOption> options = search.firstTimes(free, shape, day, day);
      if (!options.isEmpty()) {
        return Optional.of(options.get(0));
      }
    }
    return Optional.empty();
  }

  private static SeriesAlternative alternative(
      String advice, SeriesShape shape, FreeWindows free, SeriesOption option) {
    Clinic clinic = free.template().clinic();
    var start = option.first().window().start().atZone(clinic.zone());
    return new SeriesAlternative(
        advice + WHEN.format(start) + ".",
        shape.sessions(),
        shape.minGapDays(),
        shape.maxGapDays(),
        clinic.id(),
        clinic.name(),
        start.toOffsetDateTime());
  }
}
