package org.careroute.domain.model.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.careroute.domain.shared.GeoPoint;

/**
 * A nurse of the practice: the root of the Nurse aggregate.
 *
 * <p>Certifications decide which treatments and monitoring levels the nurse may take on; the home
 * base is where field routes start and end. Shifts are their own aggregate, since they are planned
 * and changed independently of the nurse's record.
 */
@Entity
@Table(name = "nurse")
public class Nurse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  @Column(nullable = false, length = 254, unique = true)
  private String email;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "nurse_certification", joinColumns = @JoinColumn(name = "nurse_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "certification", length = 30)
  private Set<Certification> certifications = EnumSet.noneOf(Certification.class);

  @Embedded private GeoPoint homeBase;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Nurse() {}

  public Nurse(
      String fullName, String email, Collection<Certification> certifications, GeoPoint homeBase) {
    this.email = email;
    update(fullName, certifications, homeBase, true);
  }

  public void update(
      String fullName,
      Collection<Certification> certifications,
      GeoPoint homeBase,
      boolean active) {
    this.fullName = fullName;
    this.certifications.clear();
    this.certifications.addAll(certifications);
    this.homeBase = homeBase;
    this.active = active;
  }

  public boolean holdsAll(Collection<Certification> required) {
    return certifications.containsAll(required);
  }

  public Long id() {
    return id;
  }

  public String fullName() {
    return fullName;
  }

  public String email() {
    return email;
  }

  public Set<Certification> certifications() {
    return certifications.isEmpty()
        ? EnumSet.noneOf(Certification.class)
        : EnumSet.copyOf(certifications);
  }

  public GeoPoint homeBase() {
    return homeBase;
  }

  public boolean isActive() {
    return active;
  }
}
