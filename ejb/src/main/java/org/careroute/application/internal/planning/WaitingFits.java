package org.careroute.application.internal.planning;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.careroute.application.planning.PlanView.WaitingFitView;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.day.DayProblem;

/** Where the plan fits waiting patients in, as the dispatcher is shown it beside the bookings. */
final class WaitingFits {

  static final String NOTE = "Waiting patient could fit here: offered on publishing, not booked";

  /** How the desk names a waiting patient: as on the day's waitlist, with the treatment. */
  record Label(String patientName, String treatment) {
    static final Label NONE = new Label(null, null);
  }

  private WaitingFits() {}

  static List<WaitingFitView> of(DayProblem day, Map<Long, Label> labels) {
    return day.sessions().getSessions().stream()
        .filter(s -> s.isWaiting() && s.isPlaced())
        .sorted(Comparator.comparing(ClinicSession::getStart))
        .map(
            s -> {
              Label label = labels.getOrDefault(s.getWaitlistEntryId(), Label.NONE);
              return new WaitingFitView(
                  s.getWaitlistEntryId(),
                  label.patientName(),
                  label.treatment(),
                  Instant.ofEpochSecond(s.getStart()).atZone(day.zone()).toOffsetDateTime(),
                  (int) (s.getOccupancySeconds() / 60),
                  s.getChair().label(),
                  s.getShift().nurseId(),
                  s.getShift().nurseName(),
                  NOTE);
            })
        .toList();
  }
}
