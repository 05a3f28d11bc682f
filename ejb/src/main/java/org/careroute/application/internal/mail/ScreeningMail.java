package org.careroute.application.internal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.mail.MailKind;
import org.careroute.domain.model.patient.Patient;

/**
 * Tells a patient a clinician's decision on their screening, in the decision's transaction; the
 * bookings an approval confirms get their confirmations as any booking does. A decline's reason is
 * not mailed (it may speak of the patient's health): the patient reads it on their page.
 */
@ApplicationScoped
public class ScreeningMail {

  @Inject Outbox outbox;

  @Inject BookingMail bookings;

  @Inject MailSettings settings;

  public void approved(Patient patient, List<Appointment> confirmed) {
    outbox.now(
        MailKind.SCREENING,
        patient.accountLogin(),
        "News from CareRoute about your account",
        "Dear "
            + patient.fullName()
            + ",\n\nA clinician has reviewed your answers: you can be treated with us."
            + (confirmed.isEmpty()
                ? " You can book now."
                : " The bookings you asked for are confirmed; a mail about each follows.")
            + "\n\nYour bookings: "
            + settings.link("patient.html")
            + "\n",
        null);
    confirmed.forEach(bookings::tell);
  }

  public void declined(Patient patient) {
    outbox.now(
        MailKind.SCREENING,
        patient.accountLogin(),
        "News from CareRoute about your account",
        "Dear "
            + patient.fullName()
            + ",\n\nA clinician has reviewed your answers and cannot offer you treatment with us"
            + " for now. The clinician's note, and what you can do next, are on your page: "
            + settings.link("patient.html")
            + "\nBookings you had asked for are cancelled.\n",
        null);
  }
}
