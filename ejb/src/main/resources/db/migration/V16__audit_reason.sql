-- Why a record was read outside the reader's care ("break the glass"): the reason given.
ALTER TABLE audit_event ADD COLUMN reason VARCHAR(250);
