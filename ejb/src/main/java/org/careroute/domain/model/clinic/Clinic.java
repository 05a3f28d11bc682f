package org.careroute.domain.model.clinic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;

/**
 * A clinic of the practice: the root of the Clinic-Chair aggregate.
 *
 * <p>Its time zone rules every time a patient or nurse sees for it; its opening hours bound when
 * clinic sessions may run, observation included. Home visits are dispatched from a clinic too: its
 * field shifts form the region's nurse routes. Booking locks the clinic row, which serialises every
 * booking that competes for the clinic's chairs and nurses.
 */
@Entity
@Table(name = "clinic")
public class Clinic {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 250)
  private String address;

  /** What patients call for what they can no longer change online; none until admins give it. */
  @Column(length = 40)
  private String phone;

  @Embedded private GeoPoint location;

  @Column(name = "zone_id", nullable = false, length = 60)
  private String zoneId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "clinic_opening_hours", joinColumns = @JoinColumn(name = "clinic_id"))
  private List<OpeningHours> openingHours = new ArrayList<>();

  @OneToMany(mappedBy = "clinic", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("label")
  private List<Chair> chairs = new ArrayList<>();

  @Version private long version;

  protected Clinic() {}

  public Clinic(
      String name, String address, GeoPoint location, ZoneId zone, List<OpeningHours> hours) {
    update(name, address, location, zone, hours);
  }

  public void update(
      String name, String address, GeoPoint location, ZoneId zone, List<OpeningHours> hours) {
    this.name = name;
    this.address = address;
    this.location = location;
    this.zoneId = zone.getId();
    this.openingHours.clear();
    this.openingHours.addAll(hours);
  }

  public Chair addChair(String label) {
    requireLabelFree(label, null);
    Chair chair = new Chair(this, label);
    chairs.add(chair);
    return chair;
  }

  public void changePhone(String phone) {
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** Relabels one of this clinic's chairs and takes it into or out of use. */
  public void changeChair(Chair chair, String label, boolean active) {
    requireLabelFree(label, chair);
    chair.update(label, active);
  }

  private void requireLabelFree(String label, Chair except) {
    if (chairs.stream().anyMatch(c -> c != except && c.label().equalsIgnoreCase(label))) {
      throw new BusinessConflictException(
          "This clinic already has a chair labelled " + label + ": choose another label.");
    }
  }

  /** The hours open on a calendar day, as instants in this clinic's zone. */
  public List<TimeInterval> openIntervalsOn(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return openingHours.stream()
        .filter(h -> h.dayOfWeek() == weekday)
        .sorted(Comparator.comparing(OpeningHours::opens))
        .map(
            h ->
                new TimeInterval(
                    day.atTime(h.opens()).atZone(zone()).toInstant(),
                    day.atTime(h.closes()).atZone(zone()).toInstant()))
        .toList();
  }

  public boolean isOpenThroughout(TimeInterval interval) {
    LocalDate day = interval.start().atZone(zone()).toLocalDate();
    return openIntervalsOn(day).stream().anyMatch(open -> open.contains(interval));
  }

  public List<Chair> activeChairs() {
    return chairs.stream().filter(Chair::isActive).toList();
  }

  public ZoneId zone() {
    return ZoneId.of(zoneId);
  }

  /** A calendar day in this clinic's zone, from midnight to midnight. */
  public TimeInterval wholeDay(LocalDate day) {
    return new TimeInterval(
        day.atStartOfDay(zone()).toInstant(), day.plusDays(1).atStartOfDay(zone()).toInstant());
  }

  public LocalDate dayOf(Instant instant) {
    return instant.atZone(zone()).toLocalDate();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }

  public GeoPoint location() {
    return location;
  }

  public List<OpeningHours> openingHours() {
    return List.copyOf(openingHours);
  }

  public List<Chair> chairs() {
    return List.copyOf(chairs);
  }
}
