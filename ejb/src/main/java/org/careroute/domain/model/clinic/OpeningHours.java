package org.careroute.domain.model.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period of a clinic on a day of the week, in the clinic's local time. */
@Embeddable
public class OpeningHours {

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false, length = 10)
  private DayOfWeek dayOfWeek;

  @Column(name = "opens", nullable = false)
  private LocalTime opens;

  @Column(name = "closes", nullable = false)
  private LocalTime closes;

  protected OpeningHours() {}

  public OpeningHours(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("A clinic must close after it opens.");
    }
    this.dayOfWeek = dayOfWeek;
    this.opens = opens;
    this.closes = closes;
  }

  public DayOfWeek dayOfWeek() {
    return dayOfWeek;
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }
}
