package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.model.booking.SeriesShape;
import org.careroute.domain.shared.BusinessConflictException;

/** Where a session of a series may move: only to days that keep the gaps to its neighbours. */
@ApplicationScoped
public class SeriesMoves {

  static final SeriesShape.Days ANY_DAY = new SeriesShape.Days(LocalDate.MIN, LocalDate.MAX);

  @Inject AppointmentRepository appointments;

  /** Every day for a booking outside a series; else the days between its kept neighbours. */
  public SeriesShape.Days daysFor(Appointment moving) {
    if (moving.series().isEmpty()) {
      return ANY_DAY;
    }
    Series series = moving.series().get();
    List<Appointment> kept =
        appointments.findInSeries(series.id()).stream()
            .filter(a -> a.status().holdsCapacity() || a.id().equals(moving.id()))
            .toList();
    int at = kept.indexOf(moving);
    LocalDate previous = at <= 0 ? null : dayOf(series, kept.get(at - 1));
    LocalDate next = at < 0 || at == kept.size() - 1 ? null : dayOf(series, kept.get(at + 1));
    return series.shape().daysBetween(previous, next);
  }

  public void requireGapsKept(Appointment moving, LocalDate day) {
    if (!daysFor(moving).contains(day)) {
      Series series = moving.series().orElseThrow();
      throw new BusinessConflictException(
          "That day breaks the series' gap of "
              + series.minGapDays()
              + " to "
              + series.maxGapDays()
              + " days between sessions. Choose another day.");
    }
  }

  private static LocalDate dayOf(Series series, Appointment session) {
    return series.clinic().dayOf(session.window().start());
  }
}
