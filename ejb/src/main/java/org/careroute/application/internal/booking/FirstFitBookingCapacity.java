package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.service.BookingCapacity;
import org.careroute.domain.service.CandidateWindows;
import org.careroute.domain.service.CapacitySnapshot;
import org.careroute.domain.service.FirstFitPlacer;
import org.careroute.domain.service.Offer;
import org.careroute.domain.service.TravelTimeEstimator;
import org.careroute.domain.shared.TimeInterval;

/** Booking capacity as the committed day stands: a first fit that never moves what is placed. */
// Typed to itself: the plan-checked capacity, which asks it first, is the one booking uses.
@Typed(FirstFitBookingCapacity.class)
@ApplicationScoped
public class FirstFitBookingCapacity implements BookingCapacity {

  @Inject ShiftRepository shifts;

  @Inject AppointmentRepository appointments;

  @Inject TravelTimeEstimator travel;

  @Inject WaitlistHolds holds;

  @Override
  public Optional<Placement> place(BookingRequest request, Long movingAppointmentId) {
    CapacitySnapshot day =
        snapshot(
            request.clinic(), request.clinic().dayOf(request.window().start()), request.patient());
    if (movingAppointmentId != null) {
      day = day.without(movingAppointmentId);
    }
    return new FirstFitPlacer(travel).place(request, day);
  }

  @Override
  public List<Offer> offer(
      BookingRequest template, LocalDate firstDay, LocalDate lastDay, Instant notBefore) {
    List<Offer> offered = new ArrayList<>();
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      offered.addAll(
          offerOn(template, day, snapshot(template.clinic(), day, template.patient()), notBefore));
    }
    return offered;
  }

  /** The windows of {@code day} that the first fit places in {@code snapshot}, a read of it. */
  public List<Offer> offerOn(
      BookingRequest template, LocalDate day, CapacitySnapshot snapshot, Instant notBefore) {
    FirstFitPlacer placer = new FirstFitPlacer(travel);
    List<TimeInterval> candidates =
        template.setting() == CareSetting.CLINIC
            ? CandidateWindows.clinicStarts(
                template.clinic(), day, template.treatment().occupancy(), notBefore)
            : CandidateWindows.homeArrivals(template.clinic(), day, notBefore);
    List<Offer> offered = new ArrayList<>();
    for (TimeInterval window : candidates) {
      placer
          .place(template.withWindow(window), snapshot)
          .ifPresent(p -> offered.add(new Offer(window, p, 0)));
    }
    return offered;
  }

  /** The committed day with the places held for waiting patients other than {@code asking}. */
  private CapacitySnapshot snapshot(Clinic clinic, LocalDate day, Patient asking) {
    TimeInterval wholeDay = clinic.wholeDay(day);
    return holds.added(
        new CapacitySnapshot(
            clinic,
            shifts.findAtClinic(clinic.id(), wholeDay),
            appointments.findHoldingCapacityAtClinic(clinic.id(), wholeDay)),
        day,
        asking);
  }
}
