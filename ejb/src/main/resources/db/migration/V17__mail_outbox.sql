-- The transactional outbox: a message is a row written in the transaction of the change that
-- causes it (a booking, a move, a cancellation...) and sent after commit by whichever node claims
-- it (FOR UPDATE SKIP LOCKED, then a lease), so that each message leaves once across a cluster.
-- Reminders are rows whose due time lies ahead. The subject never names a health detail.
CREATE TABLE mail_message (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(24) NOT NULL,
  recipient VARCHAR(254) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  body LONGTEXT NOT NULL,
  attachment_name VARCHAR(120),
  attachment LONGTEXT,
  appointment_id BIGINT,
  about_start DATETIME(6),
  due_at DATETIME(6) NOT NULL,
  status VARCHAR(16) NOT NULL,
  attempts INT DEFAULT 0 NOT NULL,
  next_attempt_at DATETIME(6) NOT NULL,
  node VARCHAR(120),
  lease_until DATETIME(6),
  last_error VARCHAR(200),
  created_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6)
);
CREATE INDEX ix_mail_message_claim ON mail_message (status, next_attempt_at);
CREATE INDEX ix_mail_message_appointment ON mail_message (appointment_id, kind);
CREATE INDEX ix_mail_message_created ON mail_message (created_at);
