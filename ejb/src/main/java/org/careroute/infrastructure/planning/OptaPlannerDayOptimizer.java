package org.careroute.infrastructure.planning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.solver.ClinicDaySolverConfig;
import org.careroute.planning.day.DayOptimizer;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.DaySolve;
import org.careroute.planning.day.RuleTotal;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.solver.HomeRouteSolverConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.config.solver.SolverManagerConfig;

/**
 * The day optimizer of this node, on OptaPlanner's solver managers: one job per clinic day, each
 * solving the day's routes and sessions side by side. A job's best plan is kept here while this
 * node works on it: the planning jobs store it for the cluster and forget it here when the solve
 * ends.
 */
@ApplicationScoped
public class OptaPlannerDayOptimizer implements DayOptimizer {

  @Inject
  @ConfigProperty(name = "careroute.planning.seconds", defaultValue = "30")
  long seconds;

  @Inject
  @ConfigProperty(name = "careroute.planning.unimproved-seconds", defaultValue = "10")
  long unimprovedSeconds;

  /**
   * Home routes solve with a configuration by size: one manager for day-sized problems, one for
   * larger ones.
   */
  private SolverManager<HomeRoutePlan, String> smallRouteSolver;

  private SolverManager<HomeRoutePlan, String> largeRouteSolver;
  private SolverManager<ClinicDayPlan, String> sessionSolver;
  private SolutionManager<HomeRoutePlan, HardMediumSoftLongScore> routeSolutions;
  private SolutionManager<ClinicDayPlan, HardMediumSoftLongScore> sessionSolutions;
  private final Map<String, DayJob> jobs = new ConcurrentHashMap<>();

  @PostConstruct
  void createSolvers() {
    Duration spent = Duration.ofSeconds(seconds);
    Duration unimproved = Duration.ofSeconds(unimprovedSeconds);
    SolverManagerConfig threads =
        new SolverManagerConfig().withThreadFactoryClass(ManagedSolverThreadFactory.class);
    SolverFactory<HomeRoutePlan> routes =
        SolverFactory.create(
            HomeRouteSolverConfig.create(
                spent, unimproved, HomeRouteSolverConfig.SMALL_PROBLEM_VISITS));
    SolverFactory<HomeRoutePlan> largeRoutes =
        SolverFactory.create(
            HomeRouteSolverConfig.create(
                spent, unimproved, HomeRouteSolverConfig.SMALL_PROBLEM_VISITS + 1));
    SolverFactory<ClinicDayPlan> sessions =
        SolverFactory.create(ClinicDaySolverConfig.create(spent, unimproved));
    smallRouteSolver = SolverManager.create(routes, threads);
    largeRouteSolver = SolverManager.create(largeRoutes, threads);
    sessionSolver = SolverManager.create(sessions, threads);
    routeSolutions = SolutionManager.create(routes);
    sessionSolutions = SolutionManager.create(sessions);
  }

  @PreDestroy
  void close() {
    smallRouteSolver.close();
    largeRouteSolver.close();
    sessionSolver.close();
  }

  @Override
  public DayProblem score(DayProblem problem) {
    if (hasVisits(problem.routes())) {
      routeSolutions.update(problem.routes());
    } else {
      problem.routes().setScore(HardMediumSoftLongScore.ZERO);
    }
    sessionSolutions.update(problem.sessions());
    return problem;
  }

  /**
   * OptaPlanner refuses a list variable with nothing to place: a day without home visits has no
   * routes to plan.
   */
  private static boolean hasVisits(HomeRoutePlan routes) {
    return !routes.getVisits().isEmpty();
  }

  @Override
  public List<RuleTotal> explain(DayProblem day, int perRule) {
    List<RuleTotal> totals = new ArrayList<>();
    if (hasVisits(day.routes())) {
      totals.addAll(totals(routeSolutions.explain(day.routes()), perRule));
    }
    totals.addAll(totals(sessionSolutions.explain(day.sessions()), perRule));
    return totals;
  }

  private static List<RuleTotal> totals(
      ScoreExplanation<?, HardMediumSoftLongScore> explanation, int perRule) {
    return explanation.getConstraintMatchTotalMap().values().stream()
        .filter(total -> !total.getScore().isZero())
        .map(
            total ->
                new RuleTotal(
                    total.getConstraintName(),
                    total.getScore(),
                    total.getConstraintMatchSet().stream()
                        .limit(perRule)
                        .map(match -> (Object) match.getJustification())
                        .toList()))
        .toList();
  }

  @Override
  public DaySolve start(DayProblem problem, DayProblem shown, Consumer<DaySolve> onBest) {
    stop(problem.key());
    DayJob job = new DayJob(shown, onBest);
    jobs.put(problem.key().id(), job);
    solveRoutes(job, problem.routes());
    solve(DayPart.SESSIONS, sessionSolver, job, problem.sessions());
    return job;
  }

  @Override
  public void replanDay(PlanKey key, DayProblem rebuilt, DayProblem shown) {
    // Both are scored whole here, sessions included.
    replanRoutes(key, rebuilt, shown);
    job(key)
        .ifPresent(
            job -> {
              String previous = job.problemId(DayPart.SESSIONS);
              job.restart(DayPart.SESSIONS, shown);
              sessionSolver.terminateEarly(previous);
              solve(DayPart.SESSIONS, sessionSolver, job, rebuilt.sessions());
            });
  }

  @Override
  public void replanRoutes(PlanKey key, DayProblem rebuilt, DayProblem shown) {
    job(key)
        .ifPresent(
            job -> {
              score(rebuilt);
              score(shown);
              String previous = job.problemId(DayPart.ROUTES);
              job.restart(DayPart.ROUTES, shown);
              stopRoutes(previous);
              solveRoutes(job, rebuilt.routes());
            });
  }

  private void solveRoutes(DayJob job, HomeRoutePlan routes) {
    if (hasVisits(routes)) {
      solve(
          DayPart.ROUTES,
          routes.getVisits().size() <= HomeRouteSolverConfig.SMALL_PROBLEM_VISITS
              ? smallRouteSolver
              : largeRouteSolver,
          job,
          routes);
    } else {
      job.finish(DayPart.ROUTES, job.generation(DayPart.ROUTES), routes);
      job.report();
    }
  }

  private void stopRoutes(String routeProblemId) {
    smallRouteSolver.terminateEarly(routeProblemId);
    largeRouteSolver.terminateEarly(routeProblemId);
  }

  /**
   * One of the day's two solves; the job's listener hears each improvement, the end and a failure.
   */
  private static <S> void solve(
      DayPart<S> part, SolverManager<S, String> solver, DayJob job, S problem) {
    int generation = job.generation(part);
    solver.solveAndListen(
        job.problemId(part),
        ignored -> problem,
        best -> {
          job.improve(part, generation, best);
          job.report();
        },
        best -> {
          job.finish(part, generation, best);
          job.report();
        },
        (ignored, e) -> {
          job.fail(part, generation, e);
          job.report();
        });
  }

  @Override
  public List<DaySolve> solvingAt(long clinicId) {
    return jobs.values().stream()
        .filter(job -> job.isSolving() && job.key().clinicId() == clinicId)
        .map(DaySolve.class::cast)
        .toList();
  }

  @Override
  public void changeSessions(PlanKey key, ProblemChange<ClinicDayPlan> change) {
    job(key)
        .ifPresent(job -> sessionSolver.addProblemChange(job.problemId(DayPart.SESSIONS), change));
  }

  @Override
  public void stop(PlanKey key) {
    job(key)
        .ifPresent(
            job -> {
              stopRoutes(job.problemId(DayPart.ROUTES));
              sessionSolver.terminateEarly(job.problemId(DayPart.SESSIONS));
            });
  }

  @Override
  public Optional<DaySolve> solve(PlanKey key) {
    return job(key).map(DaySolve.class::cast);
  }

  private Optional<DayJob> job(PlanKey key) {
    return Optional.ofNullable(jobs.get(key.id()));
  }

  @Override
  public void forget(PlanKey key) {
    stop(key);
    jobs.remove(key.id());
  }
}
