package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careroute.application.planning.PlanStatus;
import org.careroute.application.planning.PlanView;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.practice.PlanJob;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.day.DayOptimizer;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.DaySolve;
import org.careroute.planning.route.domain.HomeVisit;

/**
 * The dispatcher's view of a day: from a solve running on this node, from a plan stored by any
 * node, or as booked.
 */
@ApplicationScoped
public class DayViews {

  @Inject DayOptimizer optimizer;

  @Inject ClusterNode node;

  @Inject AppointmentRepository appointments;

  @Inject WaitlistRepository waitlist;

  /** A solve of this node; {@code job} is how the cluster records it, if it does yet. */
  PlanView of(DaySolve solve, PlanJob job) {
    PlanStatus status =
        solve.hasFailed()
            ? PlanStatus.FAILED
            : solve.isSolving() ? PlanStatus.SOLVING : PlanStatus.SOLVED;
    PlanView.JobView jobView =
        new PlanView.JobView(
            solve.isSolving() ? "SOLVING" : status == PlanStatus.FAILED ? "FAILED" : "DONE",
            job == null ? null : job.startedBy(),
            time(solve.startedAt(), solve.best().zone()),
            node.name(),
            job == null ? null : time(job.snapshotAt(), solve.best().zone()));
    return of(solve.best(), status, jobView);
  }

  PlanView of(PlanJobs.StoredPlan stored) {
    PlanJob job = stored.job();
    PlanStatus status =
        switch (job.status()) {
          case QUEUED, SOLVING -> PlanStatus.SOLVING;
          case DONE -> PlanStatus.SOLVED;
          case FAILED -> PlanStatus.FAILED;
          case PUBLISHED, STALE -> PlanStatus.AS_BOOKED;
        };
    ZoneId zone = stored.day().zone();
    return of(
        stored.day(),
        status,
        new PlanView.JobView(
            job.status().name(),
            job.startedBy(),
            time(job.startedAt(), zone),
            job.node(),
            time(job.snapshotAt(), zone)));
  }

  PlanView asBooked(DayProblem day) {
    return of(day, PlanStatus.AS_BOOKED, null);
  }

  private PlanView of(DayProblem day, PlanStatus status, PlanView.JobView job) {
    Set<Long> approximate =
        appointments.findWithApproximateVisitLocation(
            day.routes().getVisits().stream()
                .filter(v -> !v.isWaiting())
                .map(HomeVisit::getAppointmentId)
                .toList());
    List<Long> booked =
        Stream.concat(
                day.routes().getVisits().stream()
                    .filter(v -> !v.isWaiting())
                    .map(HomeVisit::getAppointmentId),
                day.sessions().getSessions().stream()
                    .filter(s -> !s.isWaiting())
                    .map(ClinicSession::getAppointmentId))
            .toList();
    Map<Long, BookingLabel> labels =
        appointments.findAll(booked).stream()
            .collect(Collectors.toMap(Appointment::id, BookingLabel::of));
    return PlanViews.of(
        day,
        status,
        optimizer.explain(day, PlanViews.REASONS_PER_RULE),
        job,
        approximate,
        labels,
        waitingLabels(day));
  }

  private Map<Long, WaitingFits.Label> waitingLabels(DayProblem day) {
    Map<Long, WaitingFits.Label> labels = new HashMap<>();
    WaitingFits.entryIds(day)
        .forEach(
            entryId ->
                waitlist
                    .find(entryId)
                    .ifPresent(
                        e ->
                            labels.put(
                                e.id(),
                                new WaitingFits.Label(
                                    e.patient().fullName(), e.treatment().shortName()))));
    return labels;
  }

  private static OffsetDateTime time(Instant at, ZoneId zone) {
    return at == null ? null : at.atZone(zone).toOffsetDateTime();
  }
}
