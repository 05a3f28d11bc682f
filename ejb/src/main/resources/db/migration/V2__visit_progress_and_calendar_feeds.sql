-- The nurse records a visit's progress; arrived and started visits are pinned so re-planning keeps them.
ALTER TABLE appointment ADD COLUMN arrived_at DATETIME(6);
ALTER TABLE appointment ADD COLUMN started_at DATETIME(6);
ALTER TABLE appointment ADD COLUMN finished_at DATETIME(6);
CREATE INDEX ix_appointment_nurse_start ON appointment (nurse_id, planned_start);

-- A secret calendar link per account; only its SHA-256 is kept, so a database reader cannot use it.
ALTER TABLE user_account ADD COLUMN calendar_feed_hash VARCHAR(64);
CREATE UNIQUE INDEX ux_user_account_calendar_feed ON user_account (calendar_feed_hash);
