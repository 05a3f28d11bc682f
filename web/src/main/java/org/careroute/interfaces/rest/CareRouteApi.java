package org.careroute.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API root. Errors are RFC 9457 problem details; times are ISO-8601 with the clinic's
 * offset.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "CareRoute API",
            version = "1",
            description =
                "Booking, screening and practice administration for ketamine-therapy clinics and home visits. "
                    + "Errors are application/problem+json (RFC 9457)."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description =
        "HTTP Basic with the account's email and password, or the session cookie from POST /api/session.")
public class CareRouteApi extends Application {}
