-- Answers to session invitations (issue 16): an invitee's calendar answers the invitation by mail (iCalendar
-- METHOD:REPLY); the portal reads the replies mailbox and keeps each invitee's latest answer. An agency user's answer
-- also records the agency's attendance when the secretariat has recorded none.
CREATE TABLE session_invitation_reply (
    session_id BIGINT       NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    agency_id  BIGINT       NULL,
    answer     VARCHAR(16)  NOT NULL,
    replied_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (session_id, username),
    CONSTRAINT fk_reply_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT ck_reply_answer CHECK (answer IN ('ACCEPTED', 'DECLINED', 'TENTATIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
