-- A clinic session that runs into the responsible nurse's break is watched by a colleague then.
ALTER TABLE appointment ADD COLUMN cover_nurse_id BIGINT;
ALTER TABLE appointment ADD COLUMN cover_starts_at DATETIME(6);
ALTER TABLE appointment ADD COLUMN cover_ends_at DATETIME(6);
ALTER TABLE appointment ADD CONSTRAINT fk_appointment_cover_nurse FOREIGN KEY (cover_nurse_id) REFERENCES nurse (id);
CREATE INDEX ix_appointment_cover_nurse ON appointment (cover_nurse_id, cover_starts_at);
