package org.careroute.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careroute.domain.model.account.PasswordHasher;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.account.UserAccount;
import org.careroute.domain.model.account.UserAccountRepository;

/** Checks logins against the user accounts; a login's roles become its groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /**
   * Verified when the login is unknown, so that a wrong login costs as long as a wrong password.
   */
  private volatile String decoyHash;

  @Inject UserAccountRepository accounts;

  @Inject PasswordHasher hasher;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String login = credential.getCaller().strip().toLowerCase(Locale.ROOT);
    Optional<UserAccount> account = accounts.findByLogin(login).filter(UserAccount::isEnabled);
    if (account.isEmpty()) {
      hasher.matches(credential.getPassword().getValue(), decoyHash());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.matches(credential.getPassword().getValue(), account.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        login, account.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
  }

  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = hasher.hash("not-a-password".toCharArray());
    }
    return decoyHash;
  }
}
