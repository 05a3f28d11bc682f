package org.careroute.application.internal.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.application.internal.planning.WaitlistDay.HEART;
import static org.careroute.application.internal.planning.WaitlistDay.NOW;
import static org.careroute.application.internal.planning.WaitlistDay.NO_RISK;

import java.util.List;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.junit.jupiter.api.Test;

/** One read of a day's waitlist, split by where the patients wait to be treated. */
class WaitingDayTest {

  private final WaitlistDay day = new WaitlistDay();

  @Test
  void theDaysOfferableEntriesAreSplitByCareSettingFirstComeFirst() {
    WaitingDay waiting =
        WaitingDay.of(
            List.of(
                day.entry(1, NO_RISK, CareSetting.HOME),
                day.entry(2, NO_RISK, CareSetting.CLINIC),
                day.entry(3, HEART, CareSetting.CLINIC),
                day.entry(4, NO_RISK, CareSetting.CLINIC),
                day.entry(5, NO_RISK, CareSetting.HOME),
                day.entry(6, NO_RISK, CareSetting.CLINIC)),
            List.of(4L),
            day.clinic,
            day.key,
            NOW);

    assertThat(waiting.in(CareSetting.CLINIC))
        .extracting(WaitlistEntry::id)
        .containsExactly(2L, 6L);
    assertThat(waiting.in(CareSetting.HOME)).extracting(WaitlistEntry::id).containsExactly(1L, 5L);
  }
}
