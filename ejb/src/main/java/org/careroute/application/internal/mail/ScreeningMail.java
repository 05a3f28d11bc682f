package org.careroute.application.internal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.mail.MailKind;
import org.careroute.domain.model.patient.Patient;

/**
 * Tells a patient that a clinician approved their screening, in the approval's transaction; the
 * bookings it confirms get their confirmations as any booking does.
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
}
