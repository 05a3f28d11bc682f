-- Patients waiting for a place: a treatment, clinic or home, a range of days and the times of day
-- they can come, in the order they joined. A freed place is offered to one waiting patient at a
-- time, held for them until the offer expires; the token is the secret of its accept and decline
-- links.
CREATE TABLE waitlist_entry (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  patient_id BIGINT NOT NULL,
  treatment_type_id BIGINT NOT NULL,
  clinic_id BIGINT NOT NULL,
  setting VARCHAR(10) NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL,
  earliest_time TIME NOT NULL,
  latest_time TIME NOT NULL,
  status VARCHAR(16) NOT NULL,
  joined_at DATETIME(6) NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT fk_waitlist_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_waitlist_treatment FOREIGN KEY (treatment_type_id) REFERENCES treatment_type (id),
  CONSTRAINT fk_waitlist_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
);
CREATE INDEX ix_waitlist_entry_clinic ON waitlist_entry (clinic_id, status, first_day);
CREATE TABLE waitlist_offer (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  entry_id BIGINT NOT NULL,
  freed_appointment_id BIGINT NOT NULL,
  window_start DATETIME(6) NOT NULL,
  window_end DATETIME(6) NOT NULL,
  token VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  appointment_id BIGINT,
  CONSTRAINT uq_waitlist_offer_token UNIQUE (token),
  CONSTRAINT fk_waitlist_offer_entry FOREIGN KEY (entry_id) REFERENCES waitlist_entry (id)
);
CREATE INDEX ix_waitlist_offer_expiry ON waitlist_offer (status, expires_at);
CREATE INDEX ix_waitlist_offer_freed ON waitlist_offer (freed_appointment_id);
