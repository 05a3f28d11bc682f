package org.careroute.infrastructure.planning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.careroute.application.internal.planning.DayProblem;
import org.careroute.application.planning.PlanKey;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.solver.ClinicDaySolverConfig;
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
 * The optimizer jobs of this node: one per clinic day, each solving the day's routes and sessions
 * side by side. The latest best plan of each job is kept here until it is published; at most
 * {@value #MAX_JOBS} are kept, the oldest finished one making room.
 */
@ApplicationScoped
public class SolverJobs {

  static final int MAX_JOBS = 50;
  private static final String ROUTES = "routes";
  private static final String SESSIONS = "sessions";

  @Inject
  @ConfigProperty(name = "careroute.planning.seconds", defaultValue = "30")
  long seconds;

  @Inject
  @ConfigProperty(name = "careroute.planning.unimproved-seconds", defaultValue = "10")
  long unimprovedSeconds;

  /** Home routes solve with a configuration by size: one manager for day-sized problems, one for larger ones. */
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
    SolverManagerConfig threads = new SolverManagerConfig().withThreadFactoryClass(ManagedSolverThreadFactory.class);
    SolverFactory<HomeRoutePlan> routes = SolverFactory.create(
        HomeRouteSolverConfig.create(spent, unimproved, HomeRouteSolverConfig.SMALL_PROBLEM_VISITS));
    SolverFactory<HomeRoutePlan> largeRoutes = SolverFactory.create(
        HomeRouteSolverConfig.create(spent, unimproved, HomeRouteSolverConfig.SMALL_PROBLEM_VISITS + 1));
    SolverFactory<ClinicDayPlan> sessions = SolverFactory.create(ClinicDaySolverConfig.create(spent, unimproved));
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

  /** Fills in the problem's derived times and scores, as the solver would see it. */
  public DayProblem score(DayProblem problem) {
    if (hasVisits(problem.routes())) {
      routeSolutions.update(problem.routes());
    } else {
      problem.routes().setScore(HardMediumSoftLongScore.ZERO);
    }
    sessionSolutions.update(problem.sessions());
    return problem;
  }

  /** OptaPlanner refuses a list variable with nothing to place: a day without home visits has no routes to plan. */
  private static boolean hasVisits(HomeRoutePlan routes) {
    return !routes.getVisits().isEmpty();
  }

  /** What each rule costs the routes; nothing for a day without home visits. */
  public Optional<ScoreExplanation<HomeRoutePlan, HardMediumSoftLongScore>> explainRoutes(HomeRoutePlan plan) {
    return hasVisits(plan) ? Optional.of(routeSolutions.explain(plan)) : Optional.empty();
  }

  public ScoreExplanation<ClinicDayPlan, HardMediumSoftLongScore> explainSessions(ClinicDayPlan plan) {
    return sessionSolutions.explain(plan);
  }

  /**
   * Starts both solves of {@code problem}, which the solvers then own; {@code shown} is an equal,
   * scored copy that stands as the best plan until the first improvement. {@code onBest} hears each
   * improvement of either solve, with the other's latest, and the end of each.
   */
  public DayJob start(DayProblem problem, DayProblem shown, Consumer<DayJob> onBest) {
    stop(problem.key());
    makeRoom();
    DayJob job = new DayJob(shown, onBest);
    jobs.put(problem.key().id(), job);
    solveRoutes(job, problem.routes());
    solveSessions(job, problem.sessions());
    return job;
  }

  /**
   * Solves the whole day again from {@code rebuilt} (its staff changed while solving, a nurse off
   * sick), which the solvers then own; {@code shown} is an equal copy that stands until the first
   * improvement. Both running solves are stopped, and whatever they still report is not heard.
   */
  public void replanDay(DayJob job, DayProblem rebuilt, DayProblem shown) {
    // Both are scored whole here, sessions included.
    replanRoutes(job, rebuilt, shown);
    int previous = job.sessionGeneration();
    job.restartSessions(shown);
    sessionSolver.terminateEarly(job.problemId(SESSIONS, previous));
    solveSessions(job, rebuilt.sessions());
  }

  /**
   * Solves the routes again from {@code rebuilt}'s (the day's visits changed while solving), which
   * the solver then owns; {@code shown}'s routes, an equal copy, stand until the first improvement.
   * The running route solve is stopped, and whatever it still reports is not heard.
   */
  public void replanRoutes(DayJob job, DayProblem rebuilt, DayProblem shown) {
    score(rebuilt);
    score(shown);
    int previous = job.routeGeneration();
    job.restartRoutes(shown);
    stopRoutes(job.problemId(ROUTES, previous));
    solveRoutes(job, rebuilt.routes());
  }

  private void solveSessions(DayJob job, ClinicDayPlan sessions) {
    int generation = job.sessionGeneration();
    solve(sessionSolver, job.problemId(SESSIONS, generation), sessions, s -> job.improveSessions(generation, s),
        s -> job.finishSessions(generation, s), e -> job.failSessions(generation, e), job);
  }

  private void solveRoutes(DayJob job, HomeRoutePlan routes) {
    int generation = job.routeGeneration();
    if (hasVisits(routes)) {
      SolverManager<HomeRoutePlan, String> solver =
          routes.getVisits().size() <= HomeRouteSolverConfig.SMALL_PROBLEM_VISITS ? smallRouteSolver : largeRouteSolver;
      solve(solver, job.problemId(ROUTES, generation), routes, r -> job.improveRoutes(generation, r),
          r -> job.finishRoutes(generation, r), e -> job.failRoutes(generation, e), job);
    } else {
      job.finishRoutes(generation, routes);
      job.listener().accept(job);
    }
  }

  private void stopRoutes(String routeProblemId) {
    smallRouteSolver.terminateEarly(routeProblemId);
    largeRouteSolver.terminateEarly(routeProblemId);
  }

  /** One of the day's two solves; the job's listener hears each improvement, the end and a failure. */
  private static <S> void solve(SolverManager<S, String> solver, String id, S problem, Consumer<S> improve,
      Consumer<S> finish, Consumer<Throwable> failed, DayJob job) {
    solver.solveAndListen(id, ignored -> problem,
        best -> {
          improve.accept(best);
          job.listener().accept(job);
        },
        best -> {
          finish.accept(best);
          job.listener().accept(job);
        },
        (ignored, e) -> {
          failed.accept(e);
          job.listener().accept(job);
        });
  }

  /** The jobs of a clinic that are still solving. */
  public List<DayJob> solvingAt(long clinicId) {
    return jobs.values().stream()
        .filter(job -> job.isSolving() && job.best().key().clinicId() == clinicId)
        .toList();
  }

  /** Hands a change of the clinic sessions to the running solve, which applies it between steps. */
  public void changeSessions(DayJob job, ProblemChange<ClinicDayPlan> change) {
    sessionSolver.addProblemChange(job.problemId(SESSIONS, job.sessionGeneration()), change);
  }

  public void stop(PlanKey key) {
    job(key).ifPresent(job -> {
      stopRoutes(job.problemId(ROUTES, job.routeGeneration()));
      sessionSolver.terminateEarly(job.problemId(SESSIONS, job.sessionGeneration()));
    });
  }

  public Optional<DayJob> job(PlanKey key) {
    return Optional.ofNullable(jobs.get(key.id()));
  }

  public void forget(PlanKey key) {
    stop(key);
    jobs.remove(key.id());
  }

  private void makeRoom() {
    if (jobs.size() < MAX_JOBS) {
      return;
    }
    jobs.entrySet().stream()
        .filter(e -> !e.getValue().isSolving())
        .min(java.util.Comparator.comparing(e -> e.getValue().startedAt()))
        .ifPresent(e -> jobs.remove(e.getKey()));
  }
}
