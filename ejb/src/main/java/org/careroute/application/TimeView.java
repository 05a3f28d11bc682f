package org.careroute.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times leave the application as ISO-8601 with the offset of the clinic they belong to. */
public final class TimeView {

  private TimeView() {}

  public static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
