-- A place offered because its day gained room (a nurse back from sick, a chair in use again, a
-- shift added, a plan published, a booking moved away) was freed by no one appointment.
ALTER TABLE waitlist_offer MODIFY freed_appointment_id BIGINT NULL;
-- Open offers hold capacity: every booking and availability check of a day reads them.
CREATE INDEX ix_waitlist_offer_window ON waitlist_offer (status, window_start);
