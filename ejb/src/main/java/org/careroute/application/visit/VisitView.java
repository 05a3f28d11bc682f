package org.careroute.application.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.careroute.application.TimeView;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.shared.GeoPoint;

/**
 * A visit as its nurse needs it on the day: where to be when, whom to see, what to give and how
 * closely to watch. At the clinic the place is the clinic and its chair. A clinic patient watched
 * by a colleague during the nurse's break carries the cover: for the responsible nurse it names the
 * colleague, and the colleague's own day lists the patient with the cover marked as theirs.
 *
 * <p>{@code nextStep} is the step the responsible nurse can mark now, on the visit's day only;
 * {@code undoUntil} is how long the last mark can still be taken back. {@code ranMinutes} is how
 * long a finished session ran, and {@code finishedEarly} says the nurse confirmed it ended well
 * before its planned length.
 */
public record VisitView(
    Long appointmentId,
    AppointmentStatus status,
    OffsetDateTime plannedStart,
    OffsetDateTime windowStart,
    OffsetDateTime windowEnd,
    int occupancyMinutes,
    String treatmentName,
    CareSetting setting,
    MonitoringLevel monitoringLevel,
    String patientName,
    String patientPhone,
    String address,
    Double latitude,
    Double longitude,
    String clinicName,
    String chairLabel,
    String notes,
    OffsetDateTime arrivedAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    long version,
    CoverView cover,
    VisitStep nextStep,
    OffsetDateTime undoUntil,
    boolean finishedEarly,
    Integer ranMinutes) {

  /**
   * Who watches the patient during the responsible nurse's break; {@code yours} on the covering
   * nurse's day.
   */
  public record CoverView(
      String nurseName, OffsetDateTime from, OffsetDateTime to, boolean yours) {}

  /**
   * The visit as {@code viewer} sees it at {@code now}: the responsible nurse or the colleague
   * covering a break; marks can be undone for {@code undoWindow}.
   */
  public static VisitView of(Appointment a, Nurse viewer, Instant now, Duration undoWindow) {
    boolean responsible = a.nurse().map(n -> n.id().equals(viewer.id())).orElse(false);
    var zone = a.clinic().zone();
    boolean home = a.setting() == CareSetting.HOME;
    GeoPoint place = home ? a.visitLocation().orElse(null) : a.clinic().location();
    return new VisitView(
        a.id(),
        a.status(),
        TimeView.at(a.plannedStart().orElse(null), zone),
        TimeView.at(a.window().start(), zone),
        TimeView.at(a.window().end(), zone),
        (int) a.occupancy().toMinutes(),
        a.treatment().name(),
        a.setting(),
        a.monitoringLevel(),
        a.patient().fullName(),
        a.patient().phone(),
        home ? a.patient().homeAddress() : a.clinic().address(),
        place == null ? null : place.latitude(),
        place == null ? null : place.longitude(),
        a.clinic().name(),
        a.chair().map(c -> c.label()).orElse(null),
        notes(a),
        TimeView.at(a.arrivedAt().orElse(null), zone),
        TimeView.at(a.startedAt().orElse(null), zone),
        TimeView.at(a.finishedAt().orElse(null), zone),
        a.version(),
        cover(a, viewer),
        responsible ? nextStep(a, now) : null,
        responsible
            ? a.undoableUntil(undoWindow)
                .filter(until -> until.isAfter(now))
                .map(until -> TimeView.at(until, zone))
                .orElse(null)
            : null,
        a.finishedEarly(),
        a.startedAt().isPresent() && a.finishedAt().isPresent()
            ? (int) Duration.between(a.startedAt().get(), a.finishedAt().get()).toMinutes()
            : null);
  }

  /** What the nurse can mark next: nothing on any day but the visit's own. */
  private static VisitStep nextStep(Appointment a, Instant now) {
    if (!a.isOnTheDayOf(now)) {
      return null;
    }
    return switch (a.status()) {
      case BOOKED -> VisitStep.ARRIVED;
      case CHECKED_IN -> a.startedAt().isPresent() ? VisitStep.FINISHED : VisitStep.STARTED;
      default -> null;
    };
  }

  private static CoverView cover(Appointment a, Nurse viewer) {
    return a.breakCover()
        .map(
            c -> {
              boolean yours = c.nurse().id().equals(viewer.id());
              String other =
                  yours ? a.nurse().map(Nurse::fullName).orElse("") : c.nurse().fullName();
              return new CoverView(
                  other,
                  TimeView.at(c.during().start(), a.clinic().zone()),
                  TimeView.at(c.during().end(), a.clinic().zone()),
                  yours);
            })
        .orElse(null);
  }

  /** What the monitoring level asks of the nurse, in the words of the clinic's rules. */
  private static String notes(Appointment a) {
    String monitoring =
        a.monitoringLevel() == MonitoringLevel.ENHANCED
            ? "Enhanced monitoring: stay one-to-one with this patient through the session and the observation."
            : "Standard monitoring.";
    return monitoring + " Session and observation take " + a.occupancy().toMinutes() + " minutes.";
  }
}
