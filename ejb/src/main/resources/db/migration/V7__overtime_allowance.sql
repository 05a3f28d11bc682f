-- How long past its end a field shift may run when the planner finds no better plan; 0 keeps the end hard.
ALTER TABLE shift ADD COLUMN overtime_allowance_minutes INT DEFAULT 0 NOT NULL;
