package org.careroute.domain.model.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import org.careroute.domain.model.staff.Certification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreatmentTypeTest {

  private static TreatmentType treatment(Modality modality, int sessionMinutes) {
    return new TreatmentType(
        "CODE",
        "A long name the timeline has no room for",
        modality,
        Duration.ofMinutes(sessionMinutes),
        Duration.ofMinutes(30),
        EnumSet.of(CareSetting.CLINIC),
        EnumSet.noneOf(Certification.class));
  }

  @ParameterizedTest(name = "{0} of {1} min: {2}")
  @CsvSource({
    "IV_INFUSION,40,IV 40 min",
    "IV_INFUSION,240,IV 4 h",
    "IV_INFUSION,90,IV 1 h 30 min",
    "IM_INJECTION,5,IM injection",
    "ORAL_LOZENGE,15,Lozenge"
  })
  void theShortNameSaysHowTheMedicineIsGivenAndHowLongAnInfusionRuns(
      Modality modality, int minutes, String shortName) {
    assertThat(treatment(modality, minutes).shortName()).isEqualTo(shortName);
  }
}
