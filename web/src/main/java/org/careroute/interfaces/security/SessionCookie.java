package org.careroute.interfaces.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The login session's cookie: it carries the session's random token and nothing else. HttpOnly so
 * that scripts cannot read it, SameSite and Secure over TLS (WEB-INF/undertow-handlers.conf sets
 * both for every cookie; they are set here too so that the cookie does not depend on it).
 */
public final class SessionCookie {

  public static final String NAME = "CAREROUTE_SESSION";

  private SessionCookie() {}

  /** The token the request's cookie carries, if any. */
  public static Optional<String> token(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * A cookie carrying the token. The browser forgets it when it closes (no Max-Age), as it did a
   * server session's cookie; the server ends the session itself after the idle timeout or lifetime.
   */
  public static Cookie carrying(String token, HttpServletRequest request) {
    return cookie(token, -1, request);
  }

  /** A cookie that makes the browser forget the session's cookie. */
  public static Cookie expired(HttpServletRequest request) {
    return cookie("", 0, request);
  }

  private static Cookie cookie(String value, int maxAgeSeconds, HttpServletRequest request) {
    Cookie cookie = new Cookie(NAME, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setAttribute("SameSite", "Strict");
    return cookie;
  }
}
