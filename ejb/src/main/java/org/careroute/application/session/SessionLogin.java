package org.careroute.application.session;

import java.util.Set;

/** Who a session stands for: the login and the roles it had when it logged in. */
public record SessionLogin(String login, Set<String> roles) {}
