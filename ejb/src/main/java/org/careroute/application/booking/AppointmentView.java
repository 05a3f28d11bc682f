package org.careroute.application.booking;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.careroute.application.TimeView;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.treatment.CareSetting;

/** An appointment as its patient and the staff see it, in the clinic's time zone. */
public record AppointmentView(
    Long id,
    AppointmentStatus status,
    Long patientId,
    Long treatmentId,
    String treatmentName,
    CareSetting setting,
    Long clinicId,
    String clinicName,
    MonitoringLevel monitoringLevel,
    OffsetDateTime windowStart,
    OffsetDateTime windowEnd,
    OffsetDateTime plannedStart,
    int occupancyMinutes,
    String nurseName,
    String chairLabel,
    Long seriesId,
    Integer seriesIndex,
    boolean pinned,
    long version,
    CoverView cover,
    /** Until when the patient can move or cancel it online; null where not told. */
    OffsetDateTime changeableOnlineUntil,
    /** Whom to call once it cannot be changed online. */
    String callToChange) {

  /** The colleague who watches the patient while the responsible nurse is on a break. */
  public record CoverView(String nurseName, OffsetDateTime from, OffsetDateTime to) {}

  public static AppointmentView of(Appointment a) {
    ZoneId zone = a.clinic().zone();
    return new AppointmentView(
        a.id(),
        a.status(),
        a.patient().id(),
        a.treatment().id(),
        a.treatment().name(),
        a.setting(),
        a.clinic().id(),
        a.clinic().name(),
        a.monitoringLevel(),
        TimeView.at(a.window().start(), zone),
        TimeView.at(a.window().end(), zone),
        TimeView.at(a.plannedStart().orElse(null), zone),
        (int) a.occupancy().toMinutes(),
        a.nurse().map(Nurse::fullName).orElse(null),
        a.chair().map(Chair::label).orElse(null),
        a.series().map(Series::id).orElse(null),
        a.seriesIndex(),
        a.isPinned(),
        a.version(),
        a.breakCover()
            .map(
                c ->
                    new CoverView(
                        c.nurse().fullName(),
                        TimeView.at(c.during().start(), zone),
                        TimeView.at(c.during().end(), zone)))
            .orElse(null),
        null,
        null);
  }

  /** This view with the patient's online cut-off and whom to call after it. */
  public AppointmentView changeableOnlineUntil(OffsetDateTime until, String call) {
    return new AppointmentView(
        id,
        status,
        patientId,
        treatmentId,
        treatmentName,
        setting,
        clinicId,
        clinicName,
        monitoringLevel,
        windowStart,
        windowEnd,
        plannedStart,
        occupancyMinutes,
        nurseName,
        chairLabel,
        seriesId,
        seriesIndex,
        pinned,
        version,
        cover,
        until,
        call);
  }
}
