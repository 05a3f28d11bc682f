package org.careroute.infrastructure.planning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
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
import org.careroute.planning.day.WorkingDay;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.solver.HomeRouteSolverConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.config.solver.SolverConfig;

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

  @Inject
  @ConfigProperty(name = "careroute.planning.solver-threads", defaultValue = "4")
  int solverThreads;

  /**
   * OptaPlanner's move threads for home routes (a number, AUTO or NONE): more than one helps on a
   * machine with cores to spare, where our own 2-opt moves then stand in for k-opt.
   */
  @Inject
  @ConfigProperty(name = "careroute.planning.move-threads", defaultValue = "NONE")
  String moveThreads;

  @Resource ManagedThreadFactory threadFactory;

  /** Home routes solve with a configuration by size: one for day-sized problems, one for larger. */
  private SolverFactory<HomeRoutePlan> smallRoutes;

  private SolverFactory<HomeRoutePlan> largeRoutes;
  private SolverFactory<ClinicDayPlan> sessions;
  private SolverRuns solvers;
  private SolutionManager<HomeRoutePlan, HardMediumSoftLongScore> routeSolutions;
  private SolutionManager<ClinicDayPlan, HardMediumSoftLongScore> sessionSolutions;
  private WorkingDays workingDays;
  private final Map<String, DayJob> jobs = new ConcurrentHashMap<>();

  @PostConstruct
  void createSolvers() {
    Duration spent = Duration.ofSeconds(seconds);
    Duration unimproved = Duration.ofSeconds(unimprovedSeconds);
    smallRoutes =
        SolverFactory.create(
            withMoveThreads(
                HomeRouteSolverConfig.create(
                    spent, unimproved, HomeRouteSolverConfig.SMALL_PROBLEM_VISITS)));
    largeRoutes =
        SolverFactory.create(
            withMoveThreads(
                HomeRouteSolverConfig.create(
                    spent, unimproved, HomeRouteSolverConfig.SMALL_PROBLEM_VISITS + 1)));
    sessions = SolverFactory.create(ClinicDaySolverConfig.create(spent, unimproved));
    solvers = new SolverRuns(threadFactory, solverThreads);
    routeSolutions = SolutionManager.create(smallRoutes);
    sessionSolutions = SolutionManager.create(sessions);
    workingDays = new WorkingDays(smallRoutes, sessions);
  }

  private SolverConfig withMoveThreads(SolverConfig config) {
    HomeRouteSolverConfig.setMoveThreads(config, moveThreads);
    if (!SolverConfig.MOVE_THREAD_COUNT_NONE.equals(moveThreads) && !"1".equals(moveThreads)) {
      config.setThreadFactoryClass(ManagedMoveThreads.class);
    }
    return config;
  }

  @PreDestroy
  void close() {
    solvers.close();
  }

  @Override
  public DayProblem score(DayProblem problem) {
    workingDays.routeScore(problem.routes());
    sessionSolutions.update(problem.sessions());
    return problem;
  }

  @Override
  public WorkingDay keep(DayProblem problem) {
    return workingDays.keep(problem);
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
    solve(DayPart.SESSIONS, sessions, job, problem.sessions());
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
              solvers.stop(previous);
              solve(DayPart.SESSIONS, sessions, job, rebuilt.sessions());
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
              solvers.stop(previous);
              solveRoutes(job, rebuilt.routes());
            });
  }

  private void solveRoutes(DayJob job, HomeRoutePlan routes) {
    if (hasVisits(routes)) {
      solve(
          DayPart.ROUTES,
          routes.getVisits().size() <= HomeRouteSolverConfig.SMALL_PROBLEM_VISITS
              ? smallRoutes
              : largeRoutes,
          job,
          routes);
    } else {
      job.finish(DayPart.ROUTES, job.generation(DayPart.ROUTES), routes);
      job.report();
    }
  }

  /**
   * One of the day's two solves; the job hears each improvement, the end and a failure, and what an
   * earlier generation of the part still reports is not heard.
   */
  private <S> void solve(DayPart<S> part, SolverFactory<S> factory, DayJob job, S problem) {
    int generation = job.generation(part);
    solvers.solve(
        job.problemId(part),
        factory,
        problem,
        best -> {
          job.improve(part, generation, best);
          job.report();
        },
        best -> {
          job.finish(part, generation, best);
          job.report();
        },
        e -> {
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
    job(key).ifPresent(job -> solvers.change(job.problemId(DayPart.SESSIONS), change));
  }

  @Override
  public void stop(PlanKey key) {
    job(key)
        .ifPresent(
            job -> {
              solvers.stop(job.problemId(DayPart.ROUTES));
              solvers.stop(job.problemId(DayPart.SESSIONS));
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
