-- Session invitations (issue 16): a mail can carry an iCalendar invitation; a session's invitations are recorded
-- with the sequence of their latest version, so that a change sends an update and a cancellation a cancel of the
-- same calendar event.
ALTER TABLE mail_outbox ADD COLUMN calendar MEDIUMTEXT NULL;

CREATE TABLE session_invitation (
    session_id BIGINT       NOT NULL PRIMARY KEY,
    sequence   INT          NOT NULL,
    sent_by    VARCHAR(64)  NOT NULL,
    sent_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_invitation_session FOREIGN KEY (session_id) REFERENCES committee_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
