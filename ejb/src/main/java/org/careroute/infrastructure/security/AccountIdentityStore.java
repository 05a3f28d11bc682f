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

/**
 * Checks logins against the user accounts; a login's roles become its groups. The account is read
 * on every check, so a disabled account or a changed password takes effect at once, even for
 * credentials verified a moment ago.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /**
   * Verified when the login is unknown, so that a wrong login costs as long as a wrong password.
   */
  private volatile String decoyHash;

  @Inject UserAccountRepository accounts;

  @Inject PasswordHasher hasher;

  @Inject RecentlyVerifiedCredentials recentlyVerified;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String login = credential.getCaller().strip().toLowerCase(Locale.ROOT);
    Optional<UserAccount> account = accounts.findByLogin(login).filter(UserAccount::isEnabled);
    if (account.isEmpty()) {
      hasher.matches(credential.getPassword().getValue(), decoyHash());
      return CredentialValidationResult.INVALID_RESULT;
    }
    char[] password = credential.getPassword().getValue();
    String storedHash = account.get().passwordHash();
    if (!recentlyVerified.contains(login, password, storedHash)) {
      if (!hasher.matches(password, storedHash)) {
        return CredentialValidationResult.INVALID_RESULT;
      }
      recentlyVerified.add(login, password, storedHash);
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
