-- When each account last signed in, for the administrator's queue of accounts never used.
ALTER TABLE user_account ADD COLUMN last_signed_in_at DATETIME(6) NULL;
