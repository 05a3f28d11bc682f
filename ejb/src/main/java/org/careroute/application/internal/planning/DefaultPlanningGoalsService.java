package org.careroute.application.internal.planning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.planning.PlanningGoalsService;
import org.careroute.application.planning.PlanningGoalsView;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.practice.PlanningGoals;
import org.careroute.domain.model.practice.PlanningGoalsRepository;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultPlanningGoalsService implements PlanningGoalsService {

  @Inject PlanningGoalsRepository goals;

  @Inject AuditRecorder audit;

  @Override
  public PlanningGoalsView current() {
    return PlanningGoalsView.of(goals.current());
  }

  @Override
  public PlanningGoalsView change(Caller caller, PlanningGoalsView changed) {
    PlanningGoals stored = goals.forChange();
    stored.change(
        changed.travelPerSecond(),
        changed.waitingPerSecond(),
        changed.overtimePerSecond(),
        changed.routeContinuity(),
        changed.routeBalance(),
        changed.onTimePerSecond(),
        changed.clinicContinuity(),
        changed.clinicBalance(),
        changed.handOverPerSecond());
    audit.record(caller, AuditAction.UPDATE, "PlanningGoals", PlanningGoals.PRACTICE);
    return PlanningGoalsView.of(stored);
  }
}
