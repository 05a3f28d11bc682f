package org.careroute.domain.model.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;

/**
 * Someone CareRoute mails, with the kinds they turned off and the token of their unsubscribe link:
 * the root of the MailRecipient aggregate.
 */
@Entity
@Table(name = "mail_recipient")
public class MailRecipient {

  @Id private String login;

  @Column(name = "unsubscribe_token", nullable = false, unique = true)
  private String unsubscribeToken;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mail_opt_out", joinColumns = @JoinColumn(name = "login"))
  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private Set<MailKind> turnedOff = EnumSet.noneOf(MailKind.class);

  protected MailRecipient() {}

  public MailRecipient(String login, String unsubscribeToken) {
    this.login = login;
    this.unsubscribeToken = unsubscribeToken;
  }

  public boolean wants(MailKind kind) {
    return !turnedOff.contains(kind);
  }

  public void choose(MailKind kind, boolean wanted) {
    if (wanted) {
      turnedOff.remove(kind);
    } else {
      turnedOff.add(kind);
    }
  }

  public String login() {
    return login;
  }

  public String unsubscribeToken() {
    return unsubscribeToken;
  }
}
