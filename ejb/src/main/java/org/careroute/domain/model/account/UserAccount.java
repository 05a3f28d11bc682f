package org.careroute.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Someone who can log in: the root of the UserAccount aggregate. The password is kept only as a
 * salted, slow hash (PBKDF2) whose text records its own algorithm, iterations and salt.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 254)
  private String login;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "calendar_feed_hash", length = 64)
  private String calendarFeedHash;

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(String login, String passwordHash, Collection<Role> roles) {
    this.login = login;
    this.passwordHash = passwordHash;
    this.roles.addAll(roles);
  }

  public Long id() {
    return id;
  }

  public String login() {
    return login;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Replaces the secret calendar link: only the hash of the new secret is kept, the old one stops
   * working.
   */
  public void useCalendarFeed(String secretHash) {
    this.calendarFeedHash = secretHash;
  }

  public void revokeCalendarFeed() {
    this.calendarFeedHash = null;
  }

  public boolean hasCalendarFeed() {
    return calendarFeedHash != null;
  }
}
