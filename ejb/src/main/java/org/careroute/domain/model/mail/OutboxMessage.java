package org.careroute.domain.model.mail;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.careroute.domain.shared.WorkLease;

/**
 * One message to send: the root of the OutboxMessage aggregate. It is written in the transaction of
 * the change it tells of, so that a change and its message commit or roll back together; a node's
 * sender claims it once it is due, and records how sending went.
 */
@Entity
@Table(name = "mail_message")
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailKind kind;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "attachment_name")
  private String attachmentName;

  private String attachment;

  /** The booking it tells of, if any. */
  @Column(name = "appointment_id")
  private Long appointmentId;

  /** The start of the booking it announced: a later change tells of a new one. */
  @Column(name = "about_start")
  private Instant aboutStart;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailStatus status;

  /** The sender's claim; its holder's column keeps the outbox's older name, {@code node}. */
  @Embedded
  @AttributeOverride(name = "holder", column = @Column(name = "node"))
  private WorkLease lease;

  /** Why the last attempt failed: an exception type or a reason, never a message's content. */
  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** The sender that sent it, which the claim's holder no longer says once it ended. */
  @Column(name = "sent_by")
  private String sentBy;

  protected OutboxMessage() {}

  public OutboxMessage(
      MailKind kind,
      String recipient,
      String subject,
      String body,
      MailAttachment attachment,
      Instant dueAt,
      Instant now) {
    this.kind = kind;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    if (attachment != null) {
      this.attachmentName = attachment.fileName();
      this.attachment = attachment.text();
    }
    this.dueAt = dueAt;
    this.lease = WorkLease.dueAt(dueAt);
    this.status = MailStatus.PENDING;
    this.createdAt = now;
  }

  /** Ties the message to the booking it tells of, as it stood then. */
  public OutboxMessage about(long appointmentId, Instant start) {
    this.appointmentId = appointmentId;
    this.aboutStart = start;
    return this;
  }

  /** Marks a message that will never leave, saying why. */
  public void notSent(String reason, Instant now) {
    status = MailStatus.NOT_SENT;
    lastError = reason;
    lease.release(now);
    sentAt = null;
    sentBy = null;
  }

  public Long id() {
    return id;
  }

  public MailKind kind() {
    return kind;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Optional<MailAttachment> attachment() {
    return attachment == null
        ? Optional.empty()
        : Optional.of(MailAttachment.calendar(attachmentName, attachment));
  }

  public Optional<Long> appointmentId() {
    return Optional.ofNullable(appointmentId);
  }

  public Optional<Instant> aboutStart() {
    return Optional.ofNullable(aboutStart);
  }

  public Instant dueAt() {
    return dueAt;
  }

  public MailStatus status() {
    return status;
  }

  /** The sender's claim, and how often senders claimed it. */
  public WorkLease lease() {
    return lease;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<String> sentBy() {
    return Optional.ofNullable(sentBy);
  }
}
