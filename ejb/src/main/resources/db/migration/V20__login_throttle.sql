-- Failed logins, counted per account and per client address in the database, so that every node
-- of a cluster refuses a locked account alike and a guesser gains nothing by changing nodes.
-- subject is 'account:<login>' or 'address:<client address>'; no password or hash is kept.
CREATE TABLE login_throttle (
  subject VARCHAR(270) NOT NULL,
  failures INT NOT NULL,
  last_failure_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_login_throttle PRIMARY KEY (subject)
);
-- The purge deletes failures old enough to be forgotten.
CREATE INDEX ix_login_throttle_last_failure ON login_throttle (last_failure_at);

-- Refused access and lockouts are audited with why (audit_event.reason, V16); a login names its
-- record (up to 254 characters).
ALTER TABLE audit_event MODIFY COLUMN record_id VARCHAR(254) NOT NULL;
