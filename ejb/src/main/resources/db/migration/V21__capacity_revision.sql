-- A clinic's capacity revision: every transaction that changes an appointment of the clinic bumps it,
-- so that a node's kept availability for the clinic's days knows it is out of date (issue 12).
CREATE TABLE capacity_revision (
  clinic_id BIGINT NOT NULL PRIMARY KEY,
  revision BIGINT NOT NULL,
  CONSTRAINT fk_capacity_revision_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
);
