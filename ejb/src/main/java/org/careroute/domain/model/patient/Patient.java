package org.careroute.domain.model.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.StreetAddress;

/**
 * A patient of the practice: the root of the Patient aggregate. Everything here is health data.
 *
 * <p>The patient's current screening decides the monitoring level and whether new bookings wait for
 * a clinician; the home location is where home visits go. An ENHANCED patient is treated in the
 * clinic unless an admin has allowed home treatment.
 */
@Entity
@Table(name = "patient")
public class Patient {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The login of the patient's own account. */
  @Column(name = "account_login", nullable = false, unique = true, length = 254)
  private String accountLogin;

  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(length = 40)
  private String phone;

  @Column(name = "home_address", length = 250)
  private String homeAddress;

  @Embedded private StreetAddress streetAddress;

  @Embedded private GeoPoint homeLocation;

  /** Placed by the postal code only: the dispatcher should not trust it to the house. */
  @Column(name = "home_location_approximate", nullable = false)
  private boolean homeLocationApproximate;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_screening_id")
  private Screening currentScreening;

  @Column(name = "home_treatment_allowed", nullable = false)
  private boolean homeTreatmentAllowed;

  @Version private long version;

  protected Patient() {}

  public Patient(String accountLogin, PatientDetails details) {
    this.accountLogin = accountLogin;
    update(details);
  }

  public void update(PatientDetails details) {
    this.fullName = details.fullName();
    this.dateOfBirth = details.dateOfBirth();
    this.phone = details.phone();
    this.homeAddress = details.homeAddress();
    this.streetAddress = details.streetAddress();
    this.homeLocation = details.homeLocation();
    this.homeLocationApproximate =
        details.homeLocation() != null && details.homeLocationApproximate();
  }

  public void screened(Screening screening) {
    this.currentScreening = screening;
  }

  public void allowHomeTreatment(boolean allowed) {
    this.homeTreatmentAllowed = allowed;
  }

  /** The monitoring level of the current screening; empty before the first screening. */
  public Optional<MonitoringLevel> monitoringLevel() {
    return currentScreening().map(Screening::monitoringLevel);
  }

  public Optional<Screening> currentScreening() {
    return Optional.ofNullable(currentScreening);
  }

  public Long id() {
    return id;
  }

  public String accountLogin() {
    return accountLogin;
  }

  /**
   * "M. A." for Maria Alvarez: enough for a dispatcher to tell bookings apart on a shared screen,
   * without the name in full.
   */
  public String initials() {
    return Arrays.stream(fullName.strip().split("[\\s-]+"))
        .filter(part -> !part.isEmpty())
        .map(
            part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".")
        .collect(Collectors.joining(" "));
  }

  public String fullName() {
    return fullName;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public String phone() {
    return phone;
  }

  /**
   * The town the patient lives in: the city of the street address, else the part of a one-line
   * address ("12 Elm Street, Roseville, CA") after the street.
   */
  public Optional<String> town() {
    if (streetAddress != null) {
      return Optional.of(streetAddress.city());
    }
    String[] parts = homeAddress == null ? new String[0] : homeAddress.split(",");
    return parts.length < 2 ? Optional.empty() : Optional.of(parts[1].strip());
  }

  public String homeAddress() {
    return homeAddress;
  }

  /** The address as street, postal code and city; empty for an address given on one line. */
  public Optional<StreetAddress> streetAddress() {
    return Optional.ofNullable(streetAddress);
  }

  public boolean isHomeLocationApproximate() {
    return homeLocationApproximate;
  }

  public Optional<GeoPoint> homeLocation() {
    return Optional.ofNullable(homeLocation);
  }

  public boolean isHomeTreatmentAllowed() {
    return homeTreatmentAllowed;
  }
}
