package org.careroute.application.internal.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A freed place whose offer failed waits longer after each failure, up to a longest wait. */
class FreedPlaceClaimsTest {

  @Test
  void theWaitAfterAFailedOfferStartsAtTheRetryAndStopsAtTheLongest() {
    FreedPlaceClaims claims = new FreedPlaceClaims();
    claims.retrySeconds = 30;
    claims.longestRetrySeconds = 3600;

    assertThat(claims.backoff().after(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(claims.backoff().after(500)).isEqualTo(Duration.ofSeconds(3600));
  }
}
