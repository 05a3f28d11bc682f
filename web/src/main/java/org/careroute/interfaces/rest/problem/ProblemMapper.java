package org.careroute.interfaces.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.careroute.application.AccessReasonRequiredException;
import org.careroute.application.StorageFailures;
import org.careroute.application.practice.AffectedBookingsException;
import org.careroute.domain.shared.AccessDeniedException;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.ConcurrentChangeException;
import org.careroute.domain.shared.ConfirmationRequiredException;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.RecordNotFoundException;
import org.careroute.interfaces.rest.problem.Problem.FieldError;
import org.careroute.interfaces.security.Challenges;
import org.careroute.interfaces.web.IncidentLog;

/**
 * Turns every failure into a problem detail. Messages written for people pass through; anything
 * unexpected becomes a 500 that says nothing about the inside, a database that cannot be reached a
 * 503 with {@code Retry-After}; both carry an incident id that {@link IncidentLog} writes down.
 */
// A CDI bean, so that it gets the storage failures injected.
@ApplicationScoped
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Pattern JSON_PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

  /** About as long as a database restart takes; the pool fails fast meanwhile. */
  static final int RETRY_AFTER_SECONDS = 5;

  @Context HttpServletRequest request;

  @Inject StorageFailures storageFailures;

  private String challenge() {
    return request != null ? Challenges.forRequest(request) : Challenges.BASIC;
  }

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable e = unwrap(thrown);
    Response.ResponseBuilder response;
    if (e instanceof ConstraintViolationException cve) {
      response = invalid(cve);
    } else if (e instanceof InvalidRequestException ire) {
      response =
          problem(
              Problem.invalid(
                  ire.getMessage(), List.of(new FieldError(ire.field(), ire.getMessage()))));
    } else if (e instanceof RecordNotFoundException) {
      response = problem(Problem.of(404, "Not found", e.getMessage()));
    } else if (e instanceof AccessReasonRequiredException) {
      response = problem(Problem.reasonRequired(e.getMessage()));
    } else if (e instanceof AccessDeniedException) {
      response = problem(Problem.of(403, "Forbidden", e.getMessage()));
    } else if (e instanceof AffectedBookingsException affected) {
      response =
          problem(
              Problem.affectingBookings(
                  e.getMessage(), affected.affected(), affected.confirmable()));
    } else if (e instanceof ConfirmationRequiredException cre) {
      response =
          problem(
              new Problem(
                  "about:blank",
                  "Confirmation needed",
                  409,
                  cre.getMessage(),
                  List.of(new FieldError(cre.field(), cre.getMessage())),
                  null,
                  null,
                  null));
    } else if (e instanceof BusinessConflictException) {
      response = problem(Problem.of(409, "Conflict", e.getMessage()));
    } else if (storageFailures.classify(e) == StorageFailures.Kind.UNAVAILABLE) {
      response = unavailable(e);
    } else if (storageFailures.classify(e) == StorageFailures.Kind.CONCURRENT_CHANGE) {
      response = problem(Problem.of(409, "Conflict", ConcurrentChangeException.MESSAGE));
    } else if (e instanceof NotAuthorizedException
        || (e instanceof ForbiddenException && !authenticated())) {
      response =
          problem(
                  Problem.of(
                      401, "Unauthorized", "Log in first (HTTP Basic, or POST /api/session)."))
              .header(HttpHeaders.WWW_AUTHENTICATE, challenge());
    } else if (e instanceof ForbiddenException) {
      response = problem(Problem.of(403, "Forbidden", "Your role may not do this."));
    } else if (causeOf(e, JsonbException.class) != null || e instanceof ProcessingException) {
      response = problem(unreadableBody(e));
    } else if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      Response.StatusType status = wae.getResponse().getStatusInfo();
      response =
          problem(
              Problem.of(
                  status.getStatusCode(),
                  status.getReasonPhrase(),
                  describe(status.getStatusCode())));
    } else if (storageFailures.classify(e) == StorageFailures.Kind.DUPLICATE) {
      response =
          problem(Problem.of(409, "Conflict", "This conflicts with a record that already exists."));
    } else {
      response = internalError(e);
    }
    return response.build();
  }

  static Response.ResponseBuilder invalid(ConstraintViolationException cve) {
    return problem(Problem.invalid("Some fields need attention.", fieldErrors(cve)));
  }

  private static Response.ResponseBuilder problem(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
  }

  private static Throwable unwrap(Throwable e) {
    Throwable current = e;
    while ((current instanceof EJBException
            || current instanceof java.util.concurrent.CompletionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private boolean authenticated() {
    return request.getUserPrincipal() != null;
  }

  static List<FieldError> fieldErrors(ConstraintViolationException cve) {
    return cve.getConstraintViolations().stream()
        .map(v -> new FieldError(fieldOf(v), v.getMessage()))
        .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
        .toList();
  }

  /** The JSON path of the violated field, without the Java method and parameter it came through. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<Path.Node> nodes =
        StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
    String field =
        nodes.stream()
            .filter(
                n ->
                    n.getKind() != ElementKind.METHOD
                        && n.getKind() != ElementKind.PARAMETER
                        && n.getKind() != ElementKind.CONTAINER_ELEMENT
                        && n.getName() != null)
            .map(n -> n.getIndex() == null ? n.getName() : n.getName() + "[" + n.getIndex() + "]")
            .collect(Collectors.joining("."));
    return field.isEmpty() ? "body" : field;
  }

  private static Problem unreadableBody(Throwable e) {
    JsonbException jsonb = causeOf(e, JsonbException.class);
    Matcher property =
        JSON_PROPERTY.matcher(
            jsonb == null || jsonb.getMessage() == null ? "" : jsonb.getMessage());
    if (property.find()) {
      String field = property.group(1);
      return Problem.invalid(
          "The value of " + field + " has the wrong type or format.",
          List.of(
              new FieldError(
                  field,
                  "Wrong type or format (dates are YYYY-MM-DD, times ISO-8601 with offset).")));
    }
    return Problem.invalid("The request body is not the JSON this endpoint expects.", List.of());
  }

  private static String describe(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not take that HTTP method.";
      case 406 -> "This address answers with application/json only.";
      case 415 -> "Send the body as application/json.";
      default -> "The request could not be handled.";
    };
  }

  static Response.ResponseBuilder internalError(Throwable e) {
    String incident = IncidentLog.record(500, e);
    return problem(
        new Problem(
            "about:blank",
            "Internal error",
            500,
            "Something went wrong on our side. Nothing was changed; please try again, or quote the incident id.",
            null,
            incident,
            null,
            null));
  }

  /**
   * The database is away (restarting, unreachable, or every connection busy): nothing was done, and
   * the same request is likely to succeed once it is back.
   */
  private static Response.ResponseBuilder unavailable(Throwable e) {
    String incident = IncidentLog.record(503, e);
    return problem(
            new Problem(
                "about:blank",
                "Service unavailable",
                503,
                "The database cannot be reached right now. Nothing was changed; please try again in a"
                    + " few seconds.",
                null,
                incident,
                null,
                null))
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
