package org.careroute.domain.model.treatment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.shared.Durations;
import org.careroute.domain.shared.InvalidRequestException;

/**
 * A treatment of the catalog: the root of the TreatmentType aggregate. The time a patient takes up
 * a chair, or a nurse at home, is the session plus the observation that follows it.
 */
@Entity
@Table(name = "treatment_type")
public class TreatmentType {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Modality modality;

  @Column(name = "session_minutes", nullable = false)
  private int sessionMinutes;

  @Column(name = "observation_minutes", nullable = false)
  private int observationMinutes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "treatment_setting",
      joinColumns = @JoinColumn(name = "treatment_type_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "setting", length = 10)
  private Set<CareSetting> settings = EnumSet.noneOf(CareSetting.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "treatment_certification",
      joinColumns = @JoinColumn(name = "treatment_type_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "certification", length = 30)
  private Set<Certification> requiredCertifications = EnumSet.noneOf(Certification.class);

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected TreatmentType() {}

  public TreatmentType(
      String code,
      String name,
      Modality modality,
      Duration session,
      Duration observation,
      Collection<CareSetting> settings,
      Collection<Certification> requiredCertifications) {
    this.code = code;
    update(name, modality, session, observation, settings, requiredCertifications, true);
  }

  public void update(
      String name,
      Modality modality,
      Duration session,
      Duration observation,
      Collection<CareSetting> settings,
      Collection<Certification> requiredCertifications,
      boolean active) {
    if (settings.isEmpty()) {
      throw new InvalidRequestException(
          "settings", "A treatment must be offered in the clinic, at home, or both.");
    }
    this.name = name;
    this.modality = modality;
    this.sessionMinutes = Math.toIntExact(session.toMinutes());
    this.observationMinutes = Math.toIntExact(observation.toMinutes());
    this.settings.clear();
    this.settings.addAll(settings);
    this.requiredCertifications.clear();
    this.requiredCertifications.addAll(requiredCertifications);
    this.active = active;
  }

  /** Session plus observation: how long the patient occupies a chair or a nurse. */
  public Duration occupancy() {
    return Duration.ofMinutes((long) sessionMinutes + observationMinutes);
  }

  public boolean isOfferedIn(CareSetting setting) {
    return active && settings.contains(setting);
  }

  /**
   * What a crowded timeline block can say of the treatment: "IV 40 min", "IV 4 h", "IM injection",
   * "Lozenge". Infusions differ by length, so theirs is named.
   */
  public String shortName() {
    return switch (modality) {
      case IV_INFUSION -> "IV " + Durations.words(session().toSeconds());
      case IM_INJECTION -> "IM injection";
      case ORAL_LOZENGE -> "Lozenge";
    };
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Modality modality() {
    return modality;
  }

  public Duration session() {
    return Duration.ofMinutes(sessionMinutes);
  }

  public Duration observation() {
    return Duration.ofMinutes(observationMinutes);
  }

  public Set<CareSetting> settings() {
    return EnumSet.copyOf(settings);
  }

  public Set<Certification> requiredCertifications() {
    return requiredCertifications.isEmpty()
        ? EnumSet.noneOf(Certification.class)
        : EnumSet.copyOf(requiredCertifications);
  }

  public boolean isActive() {
    return active;
  }
}
