package org.careroute.planning.route.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.solver.SolverConfig;

class HomeRouteSolverConfigTest {

  @Test
  void annealingStartsFromTenMinutesOfTravelInThePlansOwnUnitsAndNeverStepsBackOnHardOrMedium() {
    LocalSearchAcceptorConfig server =
        acceptor(HomeRouteSolverConfig.create(Duration.ofSeconds(30), null, 40));
    LocalSearchAcceptorConfig benchmarkFile =
        acceptor(HomeRouteSolverConfig.create(Duration.ofSeconds(30), null, 400, 1000));

    assertThat(server.getSimulatedAnnealingStartingTemperature())
        .isEqualTo("0hard/0medium/600soft");
    assertThat(benchmarkFile.getSimulatedAnnealingStartingTemperature())
        .isEqualTo("0hard/0medium/10000soft");
    assertThat(server.getLateAcceptanceSize()).isNull();
    assertThat(benchmarkFile.getLateAcceptanceSize()).isNull();
  }

  private static LocalSearchAcceptorConfig acceptor(SolverConfig config) {
    return HomeRouteSolverConfig.localSearch(config).getAcceptorConfig();
  }
}
