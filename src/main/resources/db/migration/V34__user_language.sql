-- Each user keeps a preferred language (issue 31): the portal's screens open in it once signed in, and the mails
-- written to them (digests, reminders, invitations) use it. A code the portal does not have reads as Vietnamese.
ALTER TABLE user_account ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'vi';
