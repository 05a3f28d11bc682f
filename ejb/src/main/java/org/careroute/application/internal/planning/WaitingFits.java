package org.careroute.application.internal.planning;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.careroute.application.planning.PlanView.WaitingFitView;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;

/**
 * Where the plan fits waiting patients in, as the dispatcher is shown it beside the bookings:
 * clinic sessions with chair and nurse, and home visits on a nurse's route (at the planned
 * arrival).
 */
final class WaitingFits {

  static final String NOTE = "Waiting patient could fit here: offered on publishing, not booked";

  /** How the desk names a waiting patient: as on the day's waitlist, with the treatment. */
  record Label(String patientName, String treatment) {
    static final Label NONE = new Label(null, null);
  }

  private WaitingFits() {}

  static List<WaitingFitView> of(DayProblem day, Map<Long, Label> labels) {
    Stream<WaitingFitView> sessions =
        placedSessions(day)
            .map(
                s ->
                    view(
                        day,
                        labels,
                        s.getWaitlistEntryId(),
                        s.getStart(),
                        s.getOccupancySeconds(),
                        s.getChair().label(),
                        s.getShift().nurseId(),
                        s.getShift().nurseName()));
    Stream<WaitingFitView> visits =
        servedVisits(day)
            .map(
                v ->
                    view(
                        day,
                        labels,
                        v.getWaitlistEntryId(),
                        v.serviceStart(),
                        v.getServiceSeconds(),
                        null,
                        v.getRoute().getNurseId(),
                        v.getRoute().getNurseName()));
    return Stream.concat(sessions, visits)
        .sorted(Comparator.comparing(WaitingFitView::start))
        .toList();
  }

  /** The waitlist entries the plan fits in. */
  static Stream<Long> entryIds(DayProblem day) {
    return Stream.concat(
        placedSessions(day).map(ClinicSession::getWaitlistEntryId),
        servedVisits(day).map(HomeVisit::getWaitlistEntryId));
  }

  private static Stream<ClinicSession> placedSessions(DayProblem day) {
    return day.sessions().getSessions().stream().filter(s -> s.isWaiting() && s.isPlaced());
  }

  private static Stream<HomeVisit> servedVisits(DayProblem day) {
    return day.routes().getRoutes().stream()
        .filter(NurseRoute::isStaffed)
        .flatMap(r -> r.getVisits().stream())
        .filter(v -> v.isWaiting() && v.serviceStart() != null);
  }

  private static WaitingFitView view(
      DayProblem day,
      Map<Long, Label> labels,
      long entryId,
      long start,
      long seconds,
      String chair,
      Long nurseId,
      String nurseName) {
    Label label = labels.getOrDefault(entryId, Label.NONE);
    return new WaitingFitView(
        entryId,
        label.patientName(),
        label.treatment(),
        Instant.ofEpochSecond(start).atZone(day.zone()).toOffsetDateTime(),
        (int) (seconds / 60),
        chair,
        nurseId,
        nurseName,
        NOTE);
  }
}
