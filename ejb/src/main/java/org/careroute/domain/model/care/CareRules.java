package org.careroute.domain.model.care;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;

/**
 * The practice's care rules, in one place: the first fit that books, the planner's constraints, the
 * independent plan checkers and the explanations shown to dispatchers all ask here.
 *
 * <ul>
 *   <li>An IV infusion needs a nurse with IV_THERAPY; a home visit one with HOME_VISIT; an ENHANCED
 *       patient one with ACLS; and a treatment may name more.
 *   <li>In the clinic a nurse watches at most {@value #STANDARD_PATIENTS_PER_NURSE} STANDARD
 *       patients at once, or one ENHANCED patient alone, observation included. At home it is always
 *       one nurse, one patient.
 * </ul>
 */
public final class CareRules {

  public static final int STANDARD_PATIENTS_PER_NURSE = 3;
  public static final int ENHANCED_PATIENTS_PER_NURSE = 1;

  private CareRules() {}

  /** What a nurse must hold to give this treatment in this setting at this monitoring level. */
  public static Set<Certification> certificationsFor(
      TreatmentType treatment, CareSetting setting, MonitoringLevel level) {
    return certificationsFor(
        treatment.modality(), treatment.requiredCertifications(), setting, level);
  }

  /**
   * What a nurse must hold to give a treatment of this modality, in this setting, at this
   * monitoring level.
   */
  public static Set<Certification> certificationsFor(
      Modality modality,
      Collection<Certification> treatmentRequires,
      CareSetting setting,
      MonitoringLevel level) {
    Set<Certification> needed = forTreatment(modality, treatmentRequires);
    needed.addAll(forSetting(setting));
    needed.addAll(forMonitoring(level));
    return needed;
  }

  /**
   * The treatment's own certifications, and IV_THERAPY for an infusion even where the catalog
   * forgot it.
   */
  public static Set<Certification> forTreatment(
      Modality modality, Collection<Certification> treatmentRequires) {
    Set<Certification> needed = EnumSet.noneOf(Certification.class);
    needed.addAll(treatmentRequires);
    if (modality == Modality.IV_INFUSION) {
      needed.add(Certification.IV_THERAPY);
    }
    return needed;
  }

  public static Set<Certification> forSetting(CareSetting setting) {
    return setting == CareSetting.HOME
        ? EnumSet.of(Certification.HOME_VISIT)
        : EnumSet.noneOf(Certification.class);
  }

  public static Set<Certification> forMonitoring(MonitoringLevel level) {
    return level == MonitoringLevel.ENHANCED
        ? EnumSet.of(Certification.ACLS)
        : EnumSet.noneOf(Certification.class);
  }

  /** What of {@code needed} the nurse lacks; empty when she may give the treatment. */
  public static Set<Certification> missing(
      Collection<Certification> needed, Collection<Certification> held) {
    Set<Certification> missing = EnumSet.noneOf(Certification.class);
    missing.addAll(needed);
    missing.removeAll(held);
    return missing;
  }

  /** The most patients one nurse may watch at one moment, given whether one of them is ENHANCED. */
  public static int mostPatientsAtOnce(boolean anyEnhanced) {
    return anyEnhanced ? ENHANCED_PATIENTS_PER_NURSE : STANDARD_PATIENTS_PER_NURSE;
  }

  /** Whether a nurse may watch this many patients at one moment. */
  public static boolean withinRatio(int patientsAtOnce, boolean anyEnhanced) {
    return patientsAtOnce <= mostPatientsAtOnce(anyEnhanced);
  }
}
