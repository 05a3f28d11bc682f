package org.careroute.application.practice;

import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;

public record TreatmentView(
    Long id,
    String code,
    String name,
    Modality modality,
    int sessionMinutes,
    int observationMinutes,
    Set<CareSetting> settings,
    Set<Certification> requiredCertifications,
    boolean active) {

  public static TreatmentView of(TreatmentType t) {
    return new TreatmentView(
        t.id(),
        t.code(),
        t.name(),
        t.modality(),
        (int) t.session().toMinutes(),
        (int) t.observation().toMinutes(),
        t.settings(),
        t.requiredCertifications(),
        t.isActive());
  }
}
