-- Who gets which kind of mail: every kind is on until its recipient turns it off. The
-- unsubscribe token travels in each mail's link; it can only turn mail off (or on again).
CREATE TABLE mail_recipient (
  login VARCHAR(254) NOT NULL PRIMARY KEY,
  unsubscribe_token VARCHAR(64) NOT NULL,
  CONSTRAINT uq_mail_recipient_token UNIQUE (unsubscribe_token)
);
CREATE TABLE mail_opt_out (
  login VARCHAR(254) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  CONSTRAINT pk_mail_opt_out PRIMARY KEY (login, kind)
);
