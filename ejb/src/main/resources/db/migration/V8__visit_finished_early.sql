-- A session the nurse confirmed as finished well before its planned length is recorded as finished early.
ALTER TABLE appointment ADD COLUMN finished_early BOOLEAN DEFAULT FALSE NOT NULL;
-- Whether the dispatcher had pinned the visit before the nurse marked arrived: undoing the arrival restores it.
ALTER TABLE appointment ADD COLUMN pinned_before_arrival BOOLEAN DEFAULT FALSE NOT NULL;
