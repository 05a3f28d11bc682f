-- Which sender (node and sender thread, as "node2/mail-1") sent a message: the claim's holder is
-- cleared when the claim ends, and the admin page and the two-node tests want to see who sent it.
ALTER TABLE mail_message ADD COLUMN sent_by VARCHAR(120);
