-- The number patients call for what they can no longer change online.
ALTER TABLE clinic ADD COLUMN phone VARCHAR(40);
