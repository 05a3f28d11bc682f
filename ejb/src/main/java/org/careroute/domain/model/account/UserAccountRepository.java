package org.careroute.domain.model.account;

import java.util.Optional;

public interface UserAccountRepository {

  Optional<UserAccount> findByLogin(String login);

  Optional<UserAccount> findByCalendarFeedHash(String secretHash);

  boolean exists(String login);

  void add(UserAccount account);
}
