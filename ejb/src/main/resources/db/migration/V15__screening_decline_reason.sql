-- A clinician may decline a held screening; the patient reads the reason.
ALTER TABLE screening ADD COLUMN decline_reason VARCHAR(500);
