package org.careroute.application.session;

import java.util.Set;

/** A session just started: the token goes into the cookie and nowhere else. */
public record StartedSession(String token, String login, Set<String> roles) {

  @Override
  public String toString() {
    // The token is a credential: it must not end up in a log through a record's text.
    return "StartedSession[login=" + login + ", roles=" + roles + "]";
  }
}
