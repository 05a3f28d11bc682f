package org.careroute.application.internal.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.internal.booking.PlanCheckedBookingCapacity;
import org.careroute.application.practice.AffectedBooking;
import org.careroute.application.practice.AffectedBookingsException;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.booking.BookedDays;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicDayLocks;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.service.PlacementStanding;
import org.careroute.domain.shared.TimeInterval;

/**
 * Keeps every booking still to come placed when admins change what it is placed on (a chair out of
 * use, a nurse's certifications or active flag, a shift's hours, kind or clinic). Called after the
 * change is applied, in its transaction: bookings whose placement no longer stands ({@link
 * PlacementStanding}) are listed for the caller to confirm; once confirmed, each is placed anew by
 * the same rules as a booking (first fit, judged by the planner), keeping its promised time; if any
 * cannot be placed anywhere, the change is refused and nothing is written.
 */
@ApplicationScoped
public class BookingReplacement {

  /** Bookings are taken up to this far ahead. */
  private static final Duration HORIZON = Duration.ofDays(400);

  @Inject AppointmentRepository appointments;

  @Inject ShiftRepository shifts;

  @Inject ClinicDayLocks dayLocks;

  @Inject PlanCheckedBookingCapacity capacity;

  @Inject AuditRecorder audit;

  @Inject Clock clock;

  @Inject Event<AppointmentChanged> changes;

  /** The clinic's bookings still to come. */
  List<Appointment> comingAtClinic(long clinicId) {
    return appointments.findHoldingCapacityAtClinic(clinicId, ahead());
  }

  /**
   * The nurse's bookings still to come: her own patients and those she covers in a colleague's
   * break.
   */
  List<Appointment> comingOfNurse(long nurseId) {
    List<Appointment> coming = new ArrayList<>(appointments.findOfNurse(nurseId, ahead()));
    appointments.findCoveredBy(nurseId, ahead()).stream()
        .filter(a -> !coming.contains(a))
        .forEach(coming::add);
    return coming;
  }

  private TimeInterval ahead() {
    Instant now = clock.instant();
    return new TimeInterval(now, now.plus(HORIZON));
  }

  /**
   * Places anew, by the booking rules, each of {@code candidates} whose placement no longer stands
   * after {@code change} (a phrase such as "Chair 3 goes out of use"); returns them as moved.
   *
   * @throws AffectedBookingsException when some are affected and {@code confirmed} is not set (the
   *     caller is shown them and asked), or when some cannot be placed anywhere (refused)
   */
  List<AffectedBooking> keepPlaced(
      String actor, List<Appointment> candidates, boolean confirmed, String change) {
    Instant now = clock.instant();
    Map<Long, List<Shift>> shiftsByClinic =
        candidates.stream()
            .map(a -> a.clinic().id())
            .distinct()
            .collect(Collectors.toMap(Function.identity(), id -> shifts.findAtClinic(id, ahead())));
    List<Appointment> affected =
        candidates.stream()
            .filter(
                a ->
                    a.status() == AppointmentStatus.BOOKED
                        || a.status() == AppointmentStatus.REQUESTED)
            .filter(a -> a.plannedStart().map(start -> !start.isBefore(now)).orElse(false))
            .filter(a -> !PlacementStanding.stands(a, shiftsByClinic.get(a.clinic().id())))
            .toList();
    if (affected.isEmpty()) {
      return List.of();
    }
    lockDaysOf(affected);
    if (!confirmed) {
      // Tried, not written: when some cannot go anywhere, asking would only lead to a refusal.
      List<AffectedBooking> stranded =
          affected.stream()
              .filter(booking -> placementAnew(booking) == null)
              .map(AffectedBooking::of)
              .toList();
      if (!stranded.isEmpty()) {
        throw refusal(change, stranded);
      }
      throw new AffectedBookingsException(
          change
              + " would leave "
              + count(affected.size())
              + " without a place. Send the change"
              + " again with replaceBookings set to place them anew by the same rules (another chair"
              + " or nurse, at the same time).",
          affected.stream().map(AffectedBooking::of).toList(),
          true);
    }
    List<AffectedBooking> moved = new ArrayList<>();
    List<AffectedBooking> stranded = new ArrayList<>();
    for (Appointment booking : affected) {
      AffectedBooking before = AffectedBooking.of(booking);
      Placement placement = placementAnew(booking);
      if (placement == null) {
        stranded.add(before);
        continue;
      }
      SortedSet<LocalDate> daysBefore = BookedDays.of(booking);
      booking.place(placement);
      audit.record(actor, AuditAction.UPDATE, "Appointment", booking.id());
      changes.fire(AppointmentChanged.of(booking, daysBefore));
      moved.add(before.movedTo(booking));
    }
    if (!stranded.isEmpty()) {
      throw refusal(change, stranded);
    }
    return moved;
  }

  /**
   * Locks the days of the bookings to place anew, all at once and ascending per clinic, before any
   * is tried: competing bookings of those days wait for this transaction, as they do for a booking.
   */
  private void lockDaysOf(List<Appointment> affected) {
    Map<Long, SortedSet<LocalDate>> daysByClinic = new TreeMap<>();
    for (Appointment booking : affected) {
      daysOf(daysByClinic, booking.clinic()).addAll(BookedDays.of(booking));
    }
    daysByClinic.forEach(dayLocks::lock);
  }

  /**
   * Locks, before a shift's change is applied, the clinic days it is worked on now and will be
   * worked on after the change: a booking being placed on the shift meanwhile either commits first
   * (and is then among the bookings kept placed) or is placed after the change, never unseen beside
   * it.
   */
  void lockDaysWorked(Shift shift, Clinic clinicAfter, TimeInterval hoursAfter) {
    Map<Long, SortedSet<LocalDate>> daysByClinic = new TreeMap<>();
    daysOf(daysByClinic, shift.clinic()).addAll(BookedDays.within(shift.clinic(), shift.hours()));
    daysOf(daysByClinic, clinicAfter).addAll(BookedDays.within(clinicAfter, hoursAfter));
    daysByClinic.forEach(dayLocks::lock);
  }

  private static SortedSet<LocalDate> daysOf(
      Map<Long, SortedSet<LocalDate>> daysByClinic, Clinic clinic) {
    return daysByClinic.computeIfAbsent(clinic.id(), id -> new TreeSet<>());
  }

  /**
   * Where the booking rules would place the booking now, at its promised time; null if nowhere. Its
   * days are locked ({@link #lockDaysOf}).
   */
  private Placement placementAnew(Appointment booking) {
    BookingRequest request =
        new BookingRequest(
            booking.patient(),
            booking.treatment(),
            booking.clinic(),
            booking.setting(),
            booking.monitoringLevel(),
            booking.visitLocation().orElse(null),
            booking.window());
    return capacity.place(request, booking.id()).orElse(null);
  }

  private static AffectedBookingsException refusal(String change, List<AffectedBooking> stranded) {
    return new AffectedBookingsException(
        change
            + " would leave "
            + count(stranded.size())
            + " that no other chair or nurse can"
            + " take at the promised time. Nothing was changed: ask a dispatcher to move or cancel"
            + " them first.",
        stranded,
        false);
  }

  private static String count(int bookings) {
    return bookings == 1 ? "1 booking" : bookings + " bookings";
  }
}
