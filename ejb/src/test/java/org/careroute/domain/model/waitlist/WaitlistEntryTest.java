package org.careroute.domain.model.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientDetails;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;
import org.junit.jupiter.api.Test;

/** Which starts a waiting patient can take, and how an offer moves their place on the list. */
class WaitlistEntryTest {

  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

  private static WaitlistEntry mornings() {
    Clinic clinic =
        new Clinic("Clinic", "1 Main St", new GeoPoint(38.58, -121.49), ZONE, List.of());
    TreatmentType iv =
        new TreatmentType(
            "IV",
            "IV infusion",
            Modality.IV_INFUSION,
            Duration.ofMinutes(40),
            Duration.ofMinutes(20),
            EnumSet.of(CareSetting.CLINIC),
            EnumSet.noneOf(Certification.class));
    Patient patient =
        new Patient(
            "p@example.com", new PatientDetails("P", LocalDate.of(1980, 1, 1), null, null, null));
    return new WaitlistEntry(
        patient,
        iv,
        clinic,
        CareSetting.CLINIC,
        MONDAY,
        MONDAY.plusDays(2),
        LocalTime.of(9, 0),
        LocalTime.of(11, 30),
        Instant.parse("2027-02-01T00:00:00Z"));
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return ZonedDateTime.of(day, LocalTime.of(hour, minute), ZONE).toInstant();
  }

  @Test
  void takesStartsOnItsDaysBetweenTheEarliestAndLatestTimeOfDayInTheClinicsZone() {
    WaitlistEntry entry = mornings();
    assertThat(entry.canCome(at(MONDAY, 9, 0))).isTrue();
    assertThat(entry.canCome(at(MONDAY.plusDays(2), 11, 30))).isTrue();
    assertThat(entry.canCome(at(MONDAY, 8, 30))).as("before the earliest").isFalse();
    assertThat(entry.canCome(at(MONDAY, 12, 0))).as("after the latest").isFalse();
    assertThat(entry.canCome(at(MONDAY.plusDays(3), 10, 0))).as("after the last day").isFalse();
    assertThat(entry.canCome(at(MONDAY.minusDays(1), 10, 0))).as("before the first").isFalse();
  }

  @Test
  void anOfferEndedWithoutABookingLeavesThePatientWaitingAndAnAcceptedOneBooks() {
    WaitlistEntry entry = mornings();
    Instant now = at(MONDAY.minusDays(1), 12, 0);
    TimeInterval place = new TimeInterval(at(MONDAY, 9, 0), at(MONDAY, 9, 0));
    WaitlistOffer declined = new WaitlistOffer(entry, 7L, place, "t1", now.plusSeconds(60), now);
    assertThat(entry.status()).isEqualTo(WaitlistEntry.Status.OFFERED);
    assertThat(declined.isOpen(now)).isTrue();
    assertThat(declined.isOpen(now.plusSeconds(60))).as("held until it expires").isFalse();

    declined.end(WaitlistOffer.Status.DECLINED);
    assertThat(entry.status()).isEqualTo(WaitlistEntry.Status.WAITING);

    WaitlistOffer accepted = new WaitlistOffer(entry, 8L, place, "t2", now.plusSeconds(60), now);
    accepted.accepted(42);
    assertThat(entry.status()).isEqualTo(WaitlistEntry.Status.BOOKED);
    assertThat(accepted.status()).isEqualTo(WaitlistOffer.Status.ACCEPTED);
  }

  private static WaitlistEntry alsoFor(WaitlistEntry entry, CareSetting setting, LocalDate first) {
    return new WaitlistEntry(
        entry.patient(),
        entry.treatment(),
        entry.clinic(),
        setting,
        first,
        first.plusDays(1),
        LocalTime.of(14, 0),
        LocalTime.of(15, 0),
        Instant.parse("2027-02-02T00:00:00Z"));
  }

  @Test
  void anOpenEntryCoversAnotherForItsTreatmentClinicAndSettingOnADayBothInclude() {
    WaitlistEntry entry = mornings();
    assertThat(entry.alreadyCovers(alsoFor(entry, CareSetting.CLINIC, MONDAY.plusDays(2))))
        .as("sharing the last day, at other times of day")
        .isTrue();
    assertThat(entry.alreadyCovers(alsoFor(entry, CareSetting.CLINIC, MONDAY.plusDays(3))))
        .as("on later days")
        .isFalse();
    assertThat(entry.alreadyCovers(alsoFor(entry, CareSetting.HOME, MONDAY)))
        .as("at home")
        .isFalse();
    entry.remove();
    assertThat(entry.alreadyCovers(alsoFor(entry, CareSetting.CLINIC, MONDAY)))
        .as("left the waitlist")
        .isFalse();
  }
}
