-- What a patient handed over to a colleague through the nurse's break weighs, per second.
ALTER TABLE planning_goals ADD COLUMN hand_over_per_second BIGINT DEFAULT 1 NOT NULL;
