package org.careroute.interfaces.rest.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.logging.Logger;
import org.careroute.application.audit.RefusedAccessAudit;
import org.careroute.interfaces.rest.problem.Problem;

/**
 * Audits every request the API refused for who asked (401: nobody logged in; 403: a role or a
 * record the caller may not touch): who, which method and path, when, and the problem's reason.
 * Refusals the need-to-know check audited on the record itself are not audited again.
 */
@Provider
public class RefusedAccessAuditFilter implements ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(RefusedAccessAuditFilter.class.getName());

  @Inject RefusedAccessAudit audit;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (status != 401 && status != 403 || auditedAtTheRecord(response)) {
      return;
    }
    SecurityContext security = request.getSecurityContext();
    Principal caller = security == null ? null : security.getUserPrincipal();
    String reason =
        response.getEntity() instanceof Problem problem && problem.detail() != null
            ? problem.detail()
            : "refused";
    try {
      audit.refused(
          caller == null ? RefusedAccessAudit.ANONYMOUS : caller.getName(),
          request.getMethod()
              + " /api/"
              + request.getUriInfo().getPath(false).replaceFirst("^/", ""),
          reason + " (" + status + ")");
    } catch (RuntimeException auditUnreachable) {
      // The refusal stands whether or not it could be recorded.
      LOG.warning(() -> "Could not audit a refusal: " + auditUnreachable.getClass().getName());
    }
  }

  /**
   * A nurse refused a record for want of a reason was audited on that record, with its id, by the
   * need-to-know check: a second row for the request would count one refusal twice.
   */
  private static boolean auditedAtTheRecord(ContainerResponseContext response) {
    return response.getEntity() instanceof Problem problem
        && Problem.REASON_REQUIRED_TYPE.equals(problem.type());
  }
}
