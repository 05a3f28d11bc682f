package org.careroute.application.internal.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.practice.PlanningGoals;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.service.CandidateWindows;
import org.careroute.domain.shared.TimeInterval;
import org.careroute.infrastructure.planning.WorkingDays;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.solver.ClinicDaySolverConfig;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.solver.HomeRouteSolverConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * A kept day judges candidates by inserting them into its working plan and undoing that; rebuilding
 * the day with the candidate and scoring it from scratch (what availability did before) is the
 * reference it must agree with, candidate by candidate, on seeded days.
 */
class KeptDayTest {

  private static final Duration TOLERANCE = Duration.ofMinutes(15);
  private static final PlanningGoals GOALS = new PlanningGoals();
  private static final SolverFactory<HomeRoutePlan> ROUTES =
      SolverFactory.create(
          HomeRouteSolverConfig.create(
              Duration.ofSeconds(1), null, HomeRouteSolverConfig.SMALL_PROBLEM_VISITS));
  private static final SolverFactory<ClinicDayPlan> SESSIONS =
      SolverFactory.create(ClinicDaySolverConfig.create(Duration.ofSeconds(1), null));
  private static final WorkingDays WORKING_DAYS = new WorkingDays(ROUTES, SESSIONS);
  private static final SolutionManager<HomeRoutePlan, HardMediumSoftLongScore> ROUTE_SCORES =
      SolutionManager.create(ROUTES);
  private static final SolutionManager<ClinicDayPlan, HardMediumSoftLongScore> SESSION_SCORES =
      SolutionManager.create(SESSIONS);

  /** The evening before the seeded day: the whole day is still to come. */
  private static final Instant NOW = BookedDay.at(0, 0).minus(Duration.ofHours(6));

  /** One candidate's answer: its window and what it costs, or empty when the plan refuses it. */
  private record Answer(String what, TimeInterval window, OptionalLong cost) {}

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void aKeptDayOffersExactlyWhatRebuildingTheDayOffersBeforeAndAfterBookingsAndCancellations(
      long seed) {
    SeededDay seeded = new SeededDay(seed);
    compareOn(seeded);
    seeded.book(6);
    seeded.cancel(3);
    compareOn(seeded);
  }

  @Test
  void aKeptDayAnswersTheSameQuestionAlikeAfterManyOthers() {
    SeededDay seeded = new SeededDay(7);
    KeptDay kept = keep(seeded.day.facts());
    List<Answer> first = answers(seeded, kept);
    List<Answer> again = answers(seeded, kept);
    assertThat(again).isEqualTo(first);
  }

  @Test
  void aDayIsKeptUntilTimeWouldChangeItsProblem() {
    SeededDay seeded = new SeededDay(8);
    seeded.day.booked.clear();
    BookingRequest atTen =
        seeded
            .request(seeded.infusion, CareSetting.CLINIC, MonitoringLevel.STANDARD)
            .withWindow(new TimeInterval(BookedDay.at(10, 0), BookedDay.at(10, 0)));
    seeded.day.book(2000, atTen, seeded.placement(atTen).orElseThrow());
    DayFacts facts = seeded.day.facts();
    // Its start options open at 09:45 (15 minutes early): from then on "now" narrows them.
    assertThat(keep(facts, NOW).stableUntil()).isEqualTo(BookedDay.at(9, 45));
    assertThat(keep(facts, BookedDay.at(9, 50)).stableUntil()).isEqualTo(BookedDay.at(9, 50));
    // Once its planned start has passed it is held where it is, whatever the time.
    assertThat(keep(facts, BookedDay.at(10, 5)).stableUntil()).isEqualTo(Instant.MAX);
  }

  private void compareOn(SeededDay seeded) {
    DayFacts facts = seeded.day.facts();
    List<Answer> kept = answers(seeded, keep(facts));
    List<Answer> rebuilt = answers(seeded, null);
    assertThat(kept).isEqualTo(rebuilt);
    // Every kind of answer occurs, so that agreeing says something.
    assertThat(rebuilt).anyMatch(a -> a.cost().isEmpty());
    assertThat(rebuilt).anyMatch(a -> a.cost().isPresent() && a.cost().getAsLong() != 0);
  }

  /**
   * Every candidate window of the day, for each treatment, setting and monitoring level, placed by
   * the first fit and placed against it, answered by {@code kept}, or by rebuilding the day when it
   * is null.
   */
  private List<Answer> answers(SeededDay seeded, KeptDay kept) {
    List<Answer> answers = new ArrayList<>();
    for (TreatmentType treatment :
        List.of(seeded.infusion, seeded.longInfusion, seeded.injection)) {
      for (CareSetting setting : treatment.settings()) {
        for (MonitoringLevel level : levels(setting)) {
          BookingRequest template = seeded.request(treatment, setting, level);
          for (TimeInterval window : windows(seeded, template)) {
            BookingRequest request = template.withWindow(window);
            List<Placement> placements = new ArrayList<>();
            seeded.placement(request).ifPresent(placements::add);
            // And one the first fit would not make (the first nurse and chair, whatever they hold),
            // which the plan often refuses.
            placements.add(
                new Placement(
                    seeded.day.shifts.get(setting == CareSetting.CLINIC ? 0 : 3).nurse(),
                    setting == CareSetting.CLINIC ? seeded.day.chair1 : null,
                    window.start()));
            for (Placement placement : placements) {
              answers.add(
                  new Answer(
                      treatment.code() + " " + setting + " " + level,
                      window,
                      kept == null
                          ? rebuilt(seeded.day.facts(), request, placement)
                          : kept.cost(request, placement, NOW)));
            }
          }
        }
      }
    }
    return answers;
  }

  private static List<MonitoringLevel> levels(CareSetting setting) {
    return setting == CareSetting.CLINIC
        ? List.of(MonitoringLevel.STANDARD, MonitoringLevel.ENHANCED)
        : List.of(MonitoringLevel.STANDARD);
  }

  private static List<TimeInterval> windows(SeededDay seeded, BookingRequest template) {
    return template.setting() == CareSetting.CLINIC
        ? CandidateWindows.clinicStarts(
            seeded.day.clinic, BookedDay.DAY, template.treatment().occupancy(), NOW)
        : CandidateWindows.homeArrivals(seeded.day.clinic, BookedDay.DAY, NOW);
  }

  private static KeptDay keep(DayFacts facts) {
    return keep(facts, NOW);
  }

  private static KeptDay keep(DayFacts facts, Instant now) {
    return new KeptDay(facts, GOALS, KeptDayTest::assembler, now, WORKING_DAYS::keep);
  }

  /** The day rebuilt with the candidate and scored from scratch, against the day as planned. */
  private static OptionalLong rebuilt(DayFacts facts, BookingRequest request, Placement placement) {
    Appointment candidate = new Appointment(request, placement, true, NOW);
    DayProblem asPlanned = assembler().assemble(facts, List.of(), NOW, GOALS);
    DayProblem with = assembler().assemble(facts, List.of(candidate), NOW, GOALS);
    return KeptDay.costOf(fromScratch(asPlanned), fromScratch(with));
  }

  private static HardMediumSoftLongScore fromScratch(DayProblem day) {
    HardMediumSoftLongScore routes =
        day.routes().getVisits().isEmpty()
            ? HardMediumSoftLongScore.ZERO
            : ROUTE_SCORES.update(day.routes());
    return routes.add(SESSION_SCORES.update(day.sessions()));
  }

  private static DayProblemAssembler assembler() {
    return new DayProblemAssembler(SeededDay.TRAVEL, TOLERANCE);
  }
}
