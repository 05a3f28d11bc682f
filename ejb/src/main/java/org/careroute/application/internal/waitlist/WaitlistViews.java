package org.careroute.application.internal.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.careroute.application.waitlist.WaitlistEntryView;
import org.careroute.application.waitlist.WaitlistOfferView;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistOffer;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.shared.RecordNotFoundException;

/** Waitlist entries and offers as the API shows them, in their clinic's time zone. */
@ApplicationScoped
public class WaitlistViews {

  @Inject WaitlistRepository waitlist;

  public WaitlistEntryView of(WaitlistEntry e) {
    ZoneId zone = e.clinic().zone();
    WaitlistOffer open =
        e.id() == null
            ? null
            : waitlist.offersOf(e.id()).stream()
                .filter(o -> o.status() == WaitlistOffer.Status.OPEN)
                .reduce((first, last) -> last)
                .orElse(null);
    return new WaitlistEntryView(
        e.id(),
        e.patient().id(),
        e.patient().fullName(),
        e.treatment().name(),
        e.clinic().name(),
        e.setting().name(),
        e.firstDay(),
        e.lastDay(),
        e.earliest(),
        e.latest(),
        e.status().name(),
        e.joinedAt().atZone(zone).toOffsetDateTime(),
        open == null ? null : open.window().start().atZone(zone).toOffsetDateTime(),
        open == null ? null : open.expiresAt().atZone(zone).toOffsetDateTime());
  }

  public WaitlistOfferView offer(String token) {
    WaitlistOffer offer =
        waitlist
            .findOfferForUpdate(token)
            .orElseThrow(() -> new RecordNotFoundException("offer", "behind this link"));
    WaitlistEntry entry = offer.entry();
    ZoneId zone = entry.clinic().zone();
    return new WaitlistOfferView(
        entry.treatment().name(),
        entry.clinic().name(),
        entry.setting().name(),
        offer.window().start().atZone(zone).toOffsetDateTime(),
        offer.window().end().atZone(zone).toOffsetDateTime(),
        offer.expiresAt().atZone(zone).toOffsetDateTime(),
        offer.status().name());
  }
}
