package org.careroute.domain.model.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An infusion chair: one patient at a time, for the session and its observation. */
@Entity
@Table(name = "chair")
public class Chair {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clinic_id")
  private Clinic clinic;

  @Column(nullable = false, length = 40)
  private String label;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Chair() {}

  Chair(Clinic clinic, String label) {
    this.clinic = clinic;
    this.label = label;
  }

  public void update(String label, boolean active) {
    this.label = label;
    this.active = active;
  }

  public Long id() {
    return id;
  }

  public Clinic clinic() {
    return clinic;
  }

  public String label() {
    return label;
  }

  public boolean isActive() {
    return active;
  }
}
