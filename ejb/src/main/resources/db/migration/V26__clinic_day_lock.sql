-- One row per clinic day that has been booked on (issue 12): every change of a day's capacity locks
-- its row, so that changes competing for one day's chairs and nurses wait for each other while the
-- clinic's other days go on at once. The revision grows with every committed change of the day's
-- appointments, so that a node's kept working plan of the day knows it is out of date; it replaces
-- the clinic-wide capacity_revision (V21), whose single row every booking of a clinic had to update.
CREATE TABLE clinic_day_lock (
  clinic_id BIGINT NOT NULL,
  plan_day DATE NOT NULL,
  revision BIGINT NOT NULL,
  CONSTRAINT pk_clinic_day_lock PRIMARY KEY (clinic_id, plan_day),
  CONSTRAINT fk_clinic_day_lock_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
);
DROP TABLE capacity_revision;
