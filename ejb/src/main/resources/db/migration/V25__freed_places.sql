-- A freed place waiting to be offered to the waitlist (a cancellation, a no-show, a day that gained
-- room, an offer that ended unanswered, a place the optimizer found for one waiting patient): a row written in the transaction of the change that frees
-- it, so that a node dying after the commit loses no place. Whichever node claims it (FOR UPDATE
-- SKIP LOCKED, then a lease) offers it and removes it in one transaction. The pending key (clinic,
-- day, appointment or "room") coalesces places freed again before they are claimed; a claim clears
-- it, so that room freed while a place is being offered is written anew.
CREATE TABLE freed_place (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  clinic_id BIGINT NOT NULL,
  place_day DATE NOT NULL,
  appointment_id BIGINT,
  waitlist_entry_id BIGINT,
  found_start DATETIME(6),
  pending_key VARCHAR(80),
  created_at DATETIME(6) NOT NULL,
  attempts INT DEFAULT 0 NOT NULL,
  next_attempt_at DATETIME(6) NOT NULL,
  claimed_by VARCHAR(120),
  lease_until DATETIME(6),
  CONSTRAINT uq_freed_place_pending UNIQUE (pending_key),
  CONSTRAINT fk_freed_place_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
);
CREATE INDEX ix_freed_place_claim ON freed_place (next_attempt_at, created_at);
CREATE INDEX ix_freed_place_clinic ON freed_place (clinic_id, place_day);
