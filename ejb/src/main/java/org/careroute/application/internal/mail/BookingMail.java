package org.careroute.application.internal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.mail.MailKind;
import org.careroute.domain.model.mail.OutboxMessage;
import org.careroute.domain.model.mail.OutboxRepository;

/**
 * Tells a patient of their booking, in the transaction of each change to it: confirmed (with the
 * calendar file) and reminders ahead, moved to another time, or cancelled. What a patient was last
 * told is the outbox's own record, so a change that leaves the promised time alone (a nurse or
 * chair planned anew, a visit marked started) sends nothing.
 */
@ApplicationScoped
public class BookingMail {

  private static final List<MailKind> ANNOUNCING =
      List.of(MailKind.CONFIRMATION, MailKind.CHANGE, MailKind.CANCELLATION);

  @Inject AppointmentRepository appointments;

  @Inject OutboxRepository messages;

  @Inject Outbox outbox;

  @Inject BookingMessages texts;

  @Inject MailSettings settings;

  @Inject Clock clock;

  // Synchronous and inside the change's transaction: the messages commit with the change or not
  // at all.
  void onChange(@Observes AppointmentChanged change) {
    appointments.find(change.appointmentId()).ifPresent(this::tell);
  }

  /** Writes what the patient has not been told yet of the booking as it stands. */
  void tell(Appointment a) {
    OutboxMessage told = messages.latestAbout(a.id(), ANNOUNCING).orElse(null);
    Instant start = a.window().start();
    if (a.status() == AppointmentStatus.CANCELLED) {
      dropReminders(a);
      if (told != null && told.kind() != MailKind.CANCELLATION) {
        announce(
            a, MailKind.CANCELLATION, texts.cancellationSubject(a), texts.cancellation(a), false);
      }
    } else if (a.status() == AppointmentStatus.BOOKED) {
      if (told == null || told.kind() == MailKind.CANCELLATION) {
        announce(
            a, MailKind.CONFIRMATION, texts.confirmationSubject(a), texts.confirmation(a), true);
        remind(a);
      } else if (!told.aboutStart().map(start::equals).orElse(true)) {
        announce(
            a,
            MailKind.CHANGE,
            texts.changeSubject(a),
            texts.change(a, told.aboutStart().orElseThrow()),
            true);
        dropReminders(a);
        remind(a);
      }
    } else if (!a.status().holdsCapacity()) {
      // Done or missed: nothing left to remind of.
      dropReminders(a);
    }
  }

  private void announce(
      Appointment a, MailKind kind, String subject, String body, boolean calendarFile) {
    outbox
        .now(
            kind,
            a.patient().accountLogin(),
            subject,
            body,
            calendarFile ? texts.calendarFile(a) : null)
        .about(a.id(), a.window().start());
  }

  /** One reminder per lead time still ahead: a booking made tomorrow gets no 48-hour reminder. */
  private void remind(Appointment a) {
    Instant now = clock.instant();
    for (Duration lead : settings.reminderLeads()) {
      Instant due = a.window().start().minus(lead);
      if (due.isAfter(now)) {
        outbox
            .at(
                due,
                MailKind.REMINDER,
                a.patient().accountLogin(),
                texts.reminderSubject(a),
                texts.reminder(a),
                null)
            .about(a.id(), a.window().start());
      }
    }
  }

  private void dropReminders(Appointment a) {
    messages.pendingAbout(a.id(), MailKind.REMINDER).forEach(messages::remove);
  }
}
