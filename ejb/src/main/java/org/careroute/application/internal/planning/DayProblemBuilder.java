package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.practice.PlanningGoalsRepository;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.service.TravelTimeEstimator;
import org.careroute.domain.shared.RecordNotFoundException;
import org.careroute.domain.shared.TimeInterval;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.day.DayOptimizer;
import org.careroute.planning.day.DayProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads what a clinic's day holds and has it assembled into the day's planning problems ({@link
 * DayProblemAssembler}), starting from the current placements so that the plan as booked can be
 * scored and explained, and the solver improves on it.
 */
@ApplicationScoped
public class DayProblemBuilder {

  @Inject ClinicRepository clinics;

  @Inject ShiftRepository shifts;

  @Inject AppointmentRepository appointments;

  @Inject TravelTimeEstimator travel;

  @Inject PlanningGoalsRepository goals;

  @Inject WaitlistRepository waitlist;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.planning.clinic-start-tolerance-minutes", defaultValue = "15")
  int startToleranceMinutes;

  public DayFacts facts(PlanKey key) {
    Clinic clinic =
        clinics
            .find(key.clinicId())
            .orElseThrow(() -> new RecordNotFoundException("clinic", key.clinicId()));
    TimeInterval day = clinic.wholeDay(key.day());
    List<Appointment> booked = appointments.findHoldingCapacityAtClinic(clinic.id(), day);
    return new DayFacts(
        key, clinic, shifts.findAtClinic(clinic.id(), day), booked, previousNurseIds(booked));
  }

  public DayProblem build(PlanKey key) {
    return build(facts(key), List.of());
  }

  /**
   * The day to optimise: as booked, with the day's waiting patients as sessions and home visits the
   * optimizer may fit in where room is left (back-fill). Booking checks never see them.
   */
  public DayProblem buildWithWaiting(PlanKey key) {
    DayFacts facts = facts(key);
    Instant now = clock.instant();
    WaitingDay waiting = waitingDay(facts.clinic(), key, now);
    DayProblem day =
        assembler().assemble(facts, List.of(), WaitingVisits.of(waiting), now, goals.current());
    day.sessions().addWaiting(WaitingSessions.of(waiting));
    return day;
  }

  private WaitingDay waitingDay(Clinic clinic, PlanKey key, Instant now) {
    return WaitingDay.of(
        waitlist.waitingFor(clinic.id(), key.day()),
        waitlist.entriesOfferedRoomOn(clinic.id(), clinic.wholeDay(key.day())),
        clinic,
        key,
        now);
  }

  /**
   * The day's problems, with {@code hypothetical} appointments (not stored: no id) added where they
   * are placed, so that the solver's constraints can judge a booking before it is made.
   */
  public DayProblem build(DayFacts facts, List<Appointment> hypothetical) {
    return assembler().assemble(facts, hypothetical, clock.instant(), goals.current());
  }

  /**
   * The day kept as a scored working plan of {@code optimizer}'s, to judge booking candidates
   * against.
   */
  public KeptDay keep(DayFacts facts, DayOptimizer optimizer) {
    return new KeptDay(facts, goals.current(), this::assembler, clock.instant(), optimizer::keep);
  }

  /** A clinic appointment as a session to plan, unplaced, for a running solve to take in. */
  public ClinicSession session(Appointment appointment) {
    Long previousNurse = previousNurseIds(List.of(appointment)).get(appointment.id());
    return assembler().session(appointment, previousNurse, List.of(), List.of(), clock.instant());
  }

  private DayProblemAssembler assembler() {
    return new DayProblemAssembler(travel, Duration.ofMinutes(startToleranceMinutes));
  }

  /**
   * For each appointment that continues a series, the nurse of the session before it: one read for
   * the day.
   */
  private Map<Long, Long> previousNurseIds(Collection<Appointment> booked) {
    List<Long> seriesIds =
        booked.stream()
            .filter(a -> a.series().isPresent() && a.seriesIndex() != null && a.seriesIndex() > 1)
            .map(a -> a.series().get().id())
            .distinct()
            .toList();
    Map<String, Long> nurseBySession = new HashMap<>();
    appointments
        .findInSeries(seriesIds)
        .forEach(
            a ->
                a.nurse()
                    .ifPresent(
                        nurse ->
                            nurseBySession.put(
                                a.series().get().id() + "#" + a.seriesIndex(), nurse.id())));
    Map<Long, Long> previous = new HashMap<>();
    for (Appointment a : booked) {
      if (a.id() != null && a.series().isPresent() && a.seriesIndex() != null) {
        Long nurse = nurseBySession.get(a.series().get().id() + "#" + (a.seriesIndex() - 1));
        if (nurse != null) {
          previous.put(a.id(), nurse);
        }
      }
    }
    return previous;
  }
}
