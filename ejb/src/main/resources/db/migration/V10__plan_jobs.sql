-- A day's optimisation as the cluster shares it: one row per plan (a clinic day now; a region day
-- or a week later, hence a key of its own), claimed by the node that solves it under a lease, with
-- the best plan so far as a snapshot of its decisions (no health data: ids, times, scores).
CREATE TABLE plan_job (
  plan_key VARCHAR(120) NOT NULL PRIMARY KEY,
  clinic_id BIGINT,
  plan_day DATE,
  status VARCHAR(16) NOT NULL,
  generation BIGINT NOT NULL,
  started_by VARCHAR(255),
  started_at DATETIME(6) NOT NULL,
  node VARCHAR(120),
  lease_until DATETIME(6),
  revision BIGINT DEFAULT 0 NOT NULL,
  stop_requested BOOLEAN DEFAULT FALSE NOT NULL,
  best_score VARCHAR(120),
  snapshot LONGTEXT,
  snapshot_serial BIGINT DEFAULT 0 NOT NULL,
  snapshot_at DATETIME(6),
  finished_at DATETIME(6)
);
CREATE INDEX ix_plan_job_claim ON plan_job (status, started_at);
CREATE INDEX ix_plan_job_clinic ON plan_job (clinic_id, status);
