package org.careroute.interfaces.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who logged in on this HTTP session; serializable so that sessions can be replicated in a cluster.
 */
public record SessionCaller(String login, Set<String> groups) implements Serializable {

  public static final String ATTRIBUTE = SessionCaller.class.getName();
}
