package org.careroute.domain.model.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.careroute.domain.model.patient.PatientSearch.Key;
import org.careroute.domain.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatientSearchTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1962-04-17", "4/17/1962", " 04/17/1962 "})
  void aDateInEitherFormIsADateOfBirth(String typed) {
    PatientSearch search = PatientSearch.of(typed);
    assertThat(search.key()).isEqualTo(Key.DATE_OF_BIRTH);
    assertThat(search.dateOfBirth()).isEqualTo(LocalDate.of(1962, 4, 17));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'+1 (916) 555-0142',19165550142", "555 0142,5550142", "0142,0142"})
  void digitsWithTheUsualSeparatorsAreAPhoneNumberComparedByItsDigits(String typed, String digits) {
    PatientSearch search = PatientSearch.of(typed);
    assertThat(search.key()).isEqualTo(Key.PHONE);
    assertThat(search.value()).isEqualTo(digits);
  }

  @Test
  void anythingWithLettersIsPartOfTheNameInLowerCase() {
    PatientSearch search = PatientSearch.of("  Álvarez ");
    assertThat(search.key()).isEqualTo(Key.NAME);
    assertThat(search.value()).isEqualTo("álvarez");
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      value = {
        "|Type part of the patient's name, a phone number or a date of birth.",
        "'   '|Type part of the patient's name, a phone number or a date of birth.",
        "A|Type at least 2 letters of the patient's name.",
        "555|Type at least 4 digits of the phone number.",
        "1962-02-30|Give the date of birth as YYYY-MM-DD or M/D/YYYY, such as 1980-05-17.",
        "13/1/1962|Give the date of birth as YYYY-MM-DD or M/D/YYYY, such as 1980-05-17."
      },
      delimiter = '|')
  void tooLittleOrAnImpossibleDateIsRefusedSayingWhatToType(String typed, String message) {
    assertThatThrownBy(() -> PatientSearch.of(typed))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message)
        .extracting(e -> ((InvalidRequestException) e).field())
        .isEqualTo("search");
  }
}
