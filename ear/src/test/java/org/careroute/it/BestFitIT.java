package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which offered windows are marked as the best fit of their day. */
class BestFitIT extends DeployedApplication {

  static final int DAY = 45;

  @Test
  void onlyTheFewCheapestWindowsOfADayAreMarkedAndNoneThatCostsAsMuchAsTheDearest() {
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "\"IV_THERAPY\"");
    long field = practice.nurse("Ranked Nurse", "\"IV_THERAPY\",\"HOME_VISIT\"");
    practice.shift(field, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 19, 0));
    double east = TestPractice.LON + 0.12;
    bookHome(treatment, clinic, practice.clearedPatientAt("East Side", TestPractice.LAT, east), 10);
    bookHome(
        treatment,
        clinic,
        practice.clearedPatientAt("West Side", TestPractice.LAT, TestPractice.LON - 0.12),
        14);
    String date = TestPractice.at(DAY, 0, 0).toLocalDate().toString();

    Api.Reply offered =
        api.get(
            "api/availability?treatment=%d&setting=HOME&clinic=%d&from=%s&to=%s"
                .formatted(treatment, clinic, date, date),
            practice.clearedPatientAt("Also East", TestPractice.LAT, east));

    assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
    List<JsonObject> windows = offered.array().stream().map(JsonValue::asJsonObject).toList();
    List<JsonObject> best = windows.stream().filter(w -> w.getBoolean("bestFit")).toList();
    int dearest = windows.stream().mapToInt(w -> w.getInt("rank")).max().orElseThrow();
    assertThat(best).as("%s", windows).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(best.stream().map(w -> w.getInt("rank"))).allMatch(rank -> rank < dearest);
    int worstMarked = best.stream().mapToInt(w -> w.getInt("rank")).max().orElseThrow();
    assertThat(windows.stream().filter(w -> !w.getBoolean("bestFit")).map(w -> w.getInt("rank")))
        .as("every window left unmarked fits no better than the marked ones")
        .allMatch(rank -> rank >= worstMarked);
  }

  private void bookHome(long treatment, long clinic, Api.Login patient, int hour) {
    practice.booked(
        patient, TestPractice.homeBooking(treatment, clinic, TestPractice.at(DAY, hour, 0)));
  }
}
