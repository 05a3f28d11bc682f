package org.careroute.application.internal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.careroute.application.planning.DayPublished;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.mail.MailKind;
import org.careroute.domain.model.staff.Nurse;

/**
 * Tells each nurse with visits on a published day that their day is set, in the publication's
 * transaction: how many visits, from when, and where to see them. No patient is named in a mail.
 */
@ApplicationScoped
public class NurseDayMail {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject AppointmentRepository appointments;

  @Inject Outbox outbox;

  @Inject MailSettings settings;

  @Inject ClinicRepository clinics;

  // Inside the publication's transaction: the mails commit with the plan.
  void onPublished(@Observes DayPublished published) {
    clinics.find(published.clinicId()).ifPresent(c -> tell(c, published.day()));
  }

  private void tell(Clinic clinic, LocalDate day) {
    Map<Nurse, List<Appointment>> byNurse =
        appointments.findHoldingCapacityAtClinic(clinic.id(), clinic.wholeDay(day)).stream()
            .filter(a -> a.nurse().isPresent())
            .collect(Collectors.groupingBy(a -> a.nurse().get()));
    byNurse.forEach(
        (nurse, visits) -> {
          Instant first =
              visits.stream()
                  .map(a -> a.plannedStart().orElse(a.window().start()))
                  .min(Comparator.naturalOrder())
                  .orElseThrow();
          String when = DAY.format(day);
          outbox.now(
              MailKind.NURSE_DAY,
              nurse.email(),
              "Your CareRoute day of " + when + " is published",
              "Dear "
                  + nurse.fullName()
                  + ",\n\nYour day of "
                  + when
                  + " at "
                  + clinic.name()
                  + " is published: "
                  + visits.size()
                  + (visits.size() == 1 ? " visit" : " visits")
                  + ", the first at "
                  + TIME.format(first.atZone(clinic.zone()))
                  + ".\n\nYour day in order: "
                  + settings.link("nurse.html")
                  + "\n",
              null);
        });
  }
}
