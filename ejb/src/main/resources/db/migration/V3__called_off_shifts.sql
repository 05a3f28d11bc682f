-- A nurse called in sick: the shift stays on record but no longer counts as capacity.
ALTER TABLE shift ADD COLUMN called_off BOOLEAN DEFAULT FALSE NOT NULL;
