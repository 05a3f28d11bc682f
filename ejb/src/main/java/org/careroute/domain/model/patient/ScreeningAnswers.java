package org.careroute.domain.model.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A patient's answers to the screening questions, and what they imply. The rules come from the
 * practice's clinical guidance: minors, pregnancy, dementia and a history of substance use must not
 * be treated without medical supervision; heart disease and uncontrolled blood pressure need closer
 * cardiovascular monitoring.
 */
@Embeddable
public class ScreeningAnswers {

  static final int ADULT_AGE_YEARS = 18;

  @Column(name = "pregnant", nullable = false)
  private boolean pregnant;

  @Column(name = "dementia", nullable = false)
  private boolean dementia;

  @Column(name = "substance_use_history", nullable = false)
  private boolean substanceUseHistory;

  @Column(name = "heart_disease", nullable = false)
  private boolean heartDisease;

  @Column(name = "uncontrolled_blood_pressure", nullable = false)
  private boolean uncontrolledBloodPressure;

  protected ScreeningAnswers() {}

  public ScreeningAnswers(
      boolean pregnant,
      boolean dementia,
      boolean substanceUseHistory,
      boolean heartDisease,
      boolean uncontrolledBloodPressure) {
    this.pregnant = pregnant;
    this.dementia = dementia;
    this.substanceUseHistory = substanceUseHistory;
    this.heartDisease = heartDisease;
    this.uncontrolledBloodPressure = uncontrolledBloodPressure;
  }

  /** The reasons, in words a clinician reads, why this patient needs review; empty if none. */
  public List<String> riskFactors(LocalDate dateOfBirth, LocalDate today) {
    List<String> reasons = new ArrayList<>();
    if (Period.between(dateOfBirth, today).getYears() < ADULT_AGE_YEARS) {
      reasons.add("under 18");
    }
    if (pregnant) {
      reasons.add("pregnancy");
    }
    if (dementia) {
      reasons.add("dementia");
    }
    if (substanceUseHistory) {
      reasons.add("history of substance use");
    }
    if (heartDisease) {
      reasons.add("heart disease");
    }
    if (uncontrolledBloodPressure) {
      reasons.add("uncontrolled blood pressure");
    }
    return reasons;
  }

  public boolean pregnant() {
    return pregnant;
  }

  public boolean dementia() {
    return dementia;
  }

  public boolean substanceUseHistory() {
    return substanceUseHistory;
  }

  public boolean heartDisease() {
    return heartDisease;
  }

  public boolean uncontrolledBloodPressure() {
    return uncontrolledBloodPressure;
  }
}
