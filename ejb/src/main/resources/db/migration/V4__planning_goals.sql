-- What the planner's soft goals weigh for the practice; no row means the defaults.
CREATE TABLE planning_goals (
  id BIGINT PRIMARY KEY,
  travel_per_second BIGINT NOT NULL,
  waiting_per_second BIGINT NOT NULL,
  overtime_per_second BIGINT NOT NULL,
  route_continuity BIGINT NOT NULL,
  route_balance BIGINT NOT NULL,
  on_time_per_second BIGINT NOT NULL,
  clinic_continuity BIGINT NOT NULL,
  clinic_balance BIGINT NOT NULL,
  version BIGINT NOT NULL
);
