-- The booking core. Written once for both databases: MySQL/MariaDB, and H2 in MySQL mode.

CREATE TABLE clinic (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(120) NOT NULL,
  address VARCHAR(250) NOT NULL,
  latitude DOUBLE NOT NULL,
  longitude DOUBLE NOT NULL,
  zone_id VARCHAR(60) NOT NULL,
  version BIGINT NOT NULL
);

CREATE TABLE clinic_opening_hours (
  clinic_id BIGINT NOT NULL,
  day_of_week VARCHAR(10) NOT NULL,
  opens TIME NOT NULL,
  closes TIME NOT NULL,
  CONSTRAINT fk_opening_hours_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
);

CREATE TABLE chair (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  clinic_id BIGINT NOT NULL,
  label VARCHAR(40) NOT NULL,
  active BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_chair_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT uq_chair_label UNIQUE (clinic_id, label)
);

CREATE TABLE nurse (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  full_name VARCHAR(120) NOT NULL,
  email VARCHAR(254) NOT NULL,
  latitude DOUBLE NOT NULL,
  longitude DOUBLE NOT NULL,
  active BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_nurse_email UNIQUE (email)
);

CREATE TABLE nurse_certification (
  nurse_id BIGINT NOT NULL,
  certification VARCHAR(30) NOT NULL,
  CONSTRAINT pk_nurse_certification PRIMARY KEY (nurse_id, certification),
  CONSTRAINT fk_certification_nurse FOREIGN KEY (nurse_id) REFERENCES nurse (id)
);

CREATE TABLE shift (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  nurse_id BIGINT NOT NULL,
  clinic_id BIGINT NOT NULL,
  kind VARCHAR(10) NOT NULL,
  starts_at DATETIME(6) NOT NULL,
  ends_at DATETIME(6) NOT NULL,
  break_starts_at DATETIME(6),
  break_minutes INT NOT NULL,
  kit_capacity INT,
  version BIGINT NOT NULL,
  CONSTRAINT fk_shift_nurse FOREIGN KEY (nurse_id) REFERENCES nurse (id),
  CONSTRAINT fk_shift_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
);
CREATE INDEX ix_shift_clinic_time ON shift (clinic_id, starts_at);
CREATE INDEX ix_shift_nurse_time ON shift (nurse_id, starts_at);

CREATE TABLE user_account (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  login VARCHAR(254) NOT NULL,
  password_hash VARCHAR(300) NOT NULL,
  enabled BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_user_account_login UNIQUE (login)
);

CREATE TABLE user_role (
  user_account_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  CONSTRAINT pk_user_role PRIMARY KEY (user_account_id, role),
  CONSTRAINT fk_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);

CREATE TABLE patient (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_login VARCHAR(254) NOT NULL,
  full_name VARCHAR(120) NOT NULL,
  date_of_birth DATE NOT NULL,
  phone VARCHAR(40),
  home_address VARCHAR(250),
  latitude DOUBLE,
  longitude DOUBLE,
  current_screening_id BIGINT,
  home_treatment_allowed BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_patient_login UNIQUE (account_login)
);

CREATE TABLE screening (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  patient_id BIGINT NOT NULL,
  pregnant BOOLEAN NOT NULL,
  dementia BOOLEAN NOT NULL,
  substance_use_history BOOLEAN NOT NULL,
  heart_disease BOOLEAN NOT NULL,
  uncontrolled_blood_pressure BOOLEAN NOT NULL,
  monitoring_level VARCHAR(10) NOT NULL,
  status VARCHAR(10) NOT NULL,
  risk_factors VARCHAR(250),
  submitted_at DATETIME(6) NOT NULL,
  reviewed_by VARCHAR(254),
  reviewed_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT fk_screening_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
CREATE INDEX ix_screening_status ON screening (status, submitted_at);
ALTER TABLE patient ADD CONSTRAINT fk_patient_screening FOREIGN KEY (current_screening_id) REFERENCES screening (id);

CREATE TABLE treatment_type (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(120) NOT NULL,
  modality VARCHAR(20) NOT NULL,
  session_minutes INT NOT NULL,
  observation_minutes INT NOT NULL,
  active BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_treatment_code UNIQUE (code)
);

CREATE TABLE treatment_setting (
  treatment_type_id BIGINT NOT NULL,
  setting VARCHAR(10) NOT NULL,
  CONSTRAINT pk_treatment_setting PRIMARY KEY (treatment_type_id, setting),
  CONSTRAINT fk_setting_treatment FOREIGN KEY (treatment_type_id) REFERENCES treatment_type (id)
);

CREATE TABLE treatment_certification (
  treatment_type_id BIGINT NOT NULL,
  certification VARCHAR(30) NOT NULL,
  CONSTRAINT pk_treatment_certification PRIMARY KEY (treatment_type_id, certification),
  CONSTRAINT fk_certification_treatment FOREIGN KEY (treatment_type_id) REFERENCES treatment_type (id)
);

CREATE TABLE treatment_series (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  patient_id BIGINT NOT NULL,
  treatment_type_id BIGINT NOT NULL,
  clinic_id BIGINT NOT NULL,
  setting VARCHAR(10) NOT NULL,
  session_count INT NOT NULL,
  min_gap_days INT NOT NULL,
  max_gap_days INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_series_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_series_treatment FOREIGN KEY (treatment_type_id) REFERENCES treatment_type (id),
  CONSTRAINT fk_series_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
);

CREATE TABLE appointment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  patient_id BIGINT NOT NULL,
  treatment_type_id BIGINT NOT NULL,
  clinic_id BIGINT NOT NULL,
  setting VARCHAR(10) NOT NULL,
  monitoring_level VARCHAR(10) NOT NULL,
  visit_latitude DOUBLE,
  visit_longitude DOUBLE,
  window_start DATETIME(6) NOT NULL,
  window_end DATETIME(6) NOT NULL,
  occupancy_minutes INT NOT NULL,
  status VARCHAR(12) NOT NULL,
  series_id BIGINT,
  series_index INT,
  nurse_id BIGINT,
  chair_id BIGINT,
  planned_start DATETIME(6),
  pinned BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_appointment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_appointment_treatment FOREIGN KEY (treatment_type_id) REFERENCES treatment_type (id),
  CONSTRAINT fk_appointment_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_appointment_series FOREIGN KEY (series_id) REFERENCES treatment_series (id),
  CONSTRAINT fk_appointment_nurse FOREIGN KEY (nurse_id) REFERENCES nurse (id),
  CONSTRAINT fk_appointment_chair FOREIGN KEY (chair_id) REFERENCES chair (id)
);
CREATE INDEX ix_appointment_clinic_start ON appointment (clinic_id, planned_start);
CREATE INDEX ix_appointment_patient ON appointment (patient_id, window_start);

CREATE TABLE audit_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  actor VARCHAR(254) NOT NULL,
  action VARCHAR(40) NOT NULL,
  record_type VARCHAR(40) NOT NULL,
  record_id VARCHAR(40) NOT NULL,
  occurred_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_audit_record ON audit_event (record_type, record_id);
