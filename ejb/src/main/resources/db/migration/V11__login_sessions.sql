-- Login sessions live in the database, not in one server's memory, so that every node of a cluster
-- knows a logged-in caller and a node's death logs nobody out. Only the SHA-256 of the cookie's
-- random token is kept: whoever reads this table cannot log in with what they read.
CREATE TABLE login_session (
  token_hash VARCHAR(64) NOT NULL,
  login VARCHAR(254) NOT NULL,
  roles VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  last_seen_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_login_session PRIMARY KEY (token_hash)
);
-- The purge deletes by idle time and by absolute expiry.
CREATE INDEX ix_login_session_last_seen ON login_session (last_seen_at);
CREATE INDEX ix_login_session_expires ON login_session (expires_at);
