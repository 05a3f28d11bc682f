package org.careroute.interfaces.rest.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problem details. RESTEasy brings a mapper of its own for {@link
 * ValidationException}, which is closer to these exceptions than {@link ProblemMapper}'s Throwable;
 * this one, being the application's, takes precedence over it.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

  @Override
  public Response toResponse(ValidationException e) {
    return e instanceof ConstraintViolationException cve
        ? ProblemMapper.invalid(cve).build()
        : ProblemMapper.internalError(e).build();
  }
}
