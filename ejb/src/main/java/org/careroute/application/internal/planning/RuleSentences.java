package org.careroute.application.internal.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.solver.SessionJustification;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.route.solver.RouteJustification;
import org.careroute.planning.route.solver.VisitJustification;

/**
 * Why a rule costs what it does, as the dispatcher reads it: nurses by name, visits and sessions by
 * their times in the clinic's zone ("Carlos Torres drives 1 h 57 min", "Home visit 14:00–16:00
 * cannot be served: ..."), never planning ids.
 */
final class RuleSentences {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private RuleSentences() {}

  static String of(Object justification, DayProblem day) {
    if (justification instanceof RouteJustification route) {
      return nurse(day, route.routeId()) + " " + route.reason();
    }
    if (justification instanceof VisitJustification visit) {
      return visit(day, visit);
    }
    if (justification instanceof SessionJustification session) {
      return session(day, session);
    }
    return String.valueOf(justification);
  }

  private static String visit(DayProblem day, VisitJustification justification) {
    HomeVisit visit = find(day, justification.visitId());
    if (visit == null) {
      return capitalised(justification.reason());
    }
    if (visit.isWaiting() && visit.serviceStart() != null) {
      return "Waiting patient visited at "
          + clock(visit.serviceStart(), day.zone())
          + ": "
          + justification.reason();
    }
    String label =
        "Home visit "
            + clock(visit.getPromisedStart(), day.zone())
            + "–"
            + clock(visit.getPromisedEnd(), day.zone());
    if (justification.routeId() == null) {
      return label + " cannot be served: " + uncapitalised(PlanViews.whyUnassigned(day, visit));
    }
    return label + " with " + nurse(day, justification.routeId()) + ": " + justification.reason();
  }

  private static String session(DayProblem day, SessionJustification justification) {
    ClinicSession session = session(day, justification.sessionId());
    if (session == null) {
      return capitalised(justification.reason());
    }
    ClinicSession other = session(day, justification.otherSessionId());
    if (other != null) {
      return "Sessions at "
          + clock(session.getPromisedStart(), day.zone())
          + " and "
          + clock(other.getPromisedStart(), day.zone())
          + ": "
          + justification.reason();
    }
    if (session.isWaiting()) {
      return "Waiting patient at "
          + clock(session.getStart(), day.zone())
          + ": "
          + justification.reason();
    }
    String label = "Session promised for " + clock(session.getPromisedStart(), day.zone());
    if (session.getShift() == null || session.getChair() == null) {
      return label + " cannot be placed: " + uncapitalised(PlanViews.whyUnassigned(day, session));
    }
    return label + ": " + justification.reason();
  }

  private static String nurse(DayProblem day, String routeId) {
    return day.routes().getRoutes().stream()
        .filter(r -> r.getId().equals(routeId))
        .map(NurseRoute::getNurseName)
        .findFirst()
        .orElse("A nurse");
  }

  private static HomeVisit find(DayProblem day, String visitId) {
    return day.routes().getVisits().stream()
        .filter(v -> v.getId().equals(visitId))
        .findFirst()
        .orElse(null);
  }

  private static ClinicSession session(DayProblem day, String sessionId) {
    return sessionId == null
        ? null
        : day.sessions().getSessions().stream()
            .filter(s -> Objects.equals(s.getId(), sessionId))
            .findFirst()
            .orElse(null);
  }

  private static String clock(long epochSecond, ZoneId zone) {
    return CLOCK.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String uncapitalised(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
