package org.careroute.application.internal.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.careroute.application.internal.mail.MailSettings;
import org.careroute.application.internal.mail.Outbox;
import org.careroute.domain.model.mail.MailKind;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistOffer;

/** The mail that offers a waiting patient a place, with its accept and decline links. */
@ApplicationScoped
public class OfferMail {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject Outbox outbox;

  @Inject MailSettings settings;

  public void offered(WaitlistOffer offer) {
    WaitlistEntry entry = offer.entry();
    ZoneId zone = entry.clinic().zone();
    Instant start = offer.window().start();
    boolean home = entry.setting() == CareSetting.HOME;
    String link = settings.link("offer.html?token=" + offer.token());
    outbox.now(
        MailKind.WAITLIST_OFFER,
        entry.patient().accountLogin(),
        "A place is free for you on " + DAY.format(start.atZone(zone)),
        "Dear "
            + entry.patient().fullName()
            + ",\n\nA place you waited for is free, and we hold it for you until "
            + TIME.format(offer.expiresAt().atZone(zone))
            + " on "
            + DAY.format(offer.expiresAt().atZone(zone))
            + ".\n\nWhat: "
            + entry.treatment().name()
            + "\nWhen: "
            + DAY.format(start.atZone(zone))
            + (home
                ? ", your nurse arrives between "
                    + TIME.format(start.atZone(zone))
                    + " and "
                    + TIME.format(offer.window().end().atZone(zone))
                : " at " + TIME.format(start.atZone(zone)))
            + "\nWhere: "
            + (home ? "at your home" : entry.clinic().name() + ", " + entry.clinic().address())
            + "\n\nTo take it: "
            + link
            + "&answer=accept\nTo let it go to the next patient: "
            + link
            + "&answer=decline\nIf you do not answer in time, it goes to the next patient and"
            + " you keep your place on the waitlist.\n",
        null);
  }
}
