package org.careroute.domain.model.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.careroute.domain.shared.StreetAddress;
import org.junit.jupiter.api.Test;

class PatientTest {

  private static Patient named(String fullName, String oneLineAddress) {
    return new Patient(
        "p@example.com",
        new PatientDetails(fullName, LocalDate.of(1980, 1, 1), null, oneLineAddress, null));
  }

  @Test
  void initialsTakeTheFirstLetterOfEachPartOfTheName() {
    assertThat(named("Maria Alvarez", null).initials()).isEqualTo("M. A.");
    assertThat(named("  jean-luc  picard ", null).initials()).isEqualTo("J. L. P.");
    assertThat(named("Åsa Öberg", null).initials()).isEqualTo("Å. Ö.");
  }

  @Test
  void theTownIsTheStreetAddressCityElseThePartOfAOneLineAddressAfterTheStreet() {
    assertThat(named("A B", "1234 Elm Street, Roseville, CA").town()).contains("Roseville");
    assertThat(named("A B", "somewhere").town()).isEmpty();
    assertThat(named("A B", null).town()).isEmpty();
    Patient withStreet =
        new Patient(
            "p@example.com",
            new PatientDetails(
                "A B",
                LocalDate.of(1980, 1, 1),
                null,
                null,
                new StreetAddress("12 Elm Street", "95816", "Sacramento"),
                null,
                false));
    assertThat(withStreet.town()).contains("Sacramento");
  }
}
