package org.careroute.application.internal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.careroute.application.calendar.CalendarWriter;
import org.careroute.application.calendar.PatientCalendarEntries;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.mail.MailAttachment;
import org.careroute.domain.model.treatment.CareSetting;

/**
 * The words of the mails about a booking. Subjects say only that a booking exists and when: the
 * treatment, like every health detail, stays in the body, which says only what the patient needs
 * (time, place, treatment name) and links to the booking.
 */
@ApplicationScoped
public class BookingMessages {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  @Inject CalendarWriter calendars;

  @Inject MailSettings settings;

  public String confirmationSubject(Appointment a) {
    return "Your CareRoute booking on " + day(a) + " is confirmed";
  }

  public String reminderSubject(Appointment a) {
    return "Reminder: your CareRoute booking on " + day(a);
  }

  public String changeSubject(Appointment a) {
    return "Your CareRoute booking has moved to " + day(a);
  }

  public String cancellationSubject(Appointment a) {
    return "Your CareRoute booking on " + day(a) + " is cancelled";
  }

  public String confirmation(Appointment a) {
    return greeting(a) + "your booking is confirmed.\n\n" + details(a) + closing(a);
  }

  public String reminder(Appointment a) {
    return greeting(a) + "this is a reminder of your booking.\n\n" + details(a) + closing(a);
  }

  public String change(Appointment a, Instant previousStart) {
    return greeting(a)
        + "your booking of "
        + day(a, previousStart)
        + " at "
        + PatientCalendarEntries.clockTime(a, previousStart)
        + " has moved. It is now:\n\n"
        + details(a)
        + closing(a);
  }

  public String cancellation(Appointment a) {
    return greeting(a)
        + "your booking is cancelled:\n\n"
        + details(a)
        + "\nTo book another time: "
        + settings.link("patient.html")
        + "\n";
  }

  /** The booking as a calendar file, with the same event id as every other calendar of it. */
  public MailAttachment calendarFile(Appointment a) {
    return MailAttachment.calendar(
        "careroute-booking-" + a.id() + ".ics",
        calendars.write("CareRoute booking", List.of(PatientCalendarEntries.of(a))));
  }

  private static String greeting(Appointment a) {
    return "Dear " + a.patient().fullName() + ",\n\n";
  }

  private static String details(Appointment a) {
    boolean home = a.setting() == CareSetting.HOME;
    String when =
        home
            ? day(a)
                + ", your nurse arrives between "
                + PatientCalendarEntries.clockTime(a, a.window().start())
                + " and "
                + PatientCalendarEntries.clockTime(a, a.window().end())
            : day(a) + " at " + PatientCalendarEntries.clockTime(a, a.window().start());
    String where = home ? "at your home" : a.clinic().name() + ", " + a.clinic().address();
    return "What: "
        + a.treatment().name()
        + "\nWhen: "
        + when
        + "\nWhere: "
        + where
        + "\nPlan for: "
        + a.occupancy().toMinutes()
        + " minutes with observation\n";
  }

  private String closing(Appointment a) {
    return "\nYour booking: "
        + settings.link("patient.html#booking-" + a.id())
        + "\nTo move or cancel it, open the link or call "
        + a.clinic().name()
        + a.clinic().phone().filter(p -> !p.isBlank()).map(p -> " at " + p).orElse("")
        + ".\n";
  }

  private static String day(Appointment a) {
    return day(a, a.window().start());
  }

  private static String day(Appointment a, Instant instant) {
    return DAY.format(instant.atZone(a.clinic().zone()));
  }
}
