-- One-time tokens of the account emails: email verification and password reset. Only the SHA-256 hash of a token is
-- stored; the token itself reaches the customer by email, sealed in the event for the notification service. A token
-- is used at most once (used_at), stops working at expires_at, and issuing a new one of the same purpose revokes the
-- older ones still open, so only the latest link works.
CREATE TABLE account_tokens (
    id          UUID PRIMARY KEY,
    customer_id UUID         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    -- The address the token was sent to: verifying proves that address, no other.
    email       VARCHAR(255) NOT NULL,
    issued_at   TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ,
    CONSTRAINT account_tokens_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    CONSTRAINT account_tokens_expiry CHECK (expires_at > issued_at)
);

CREATE UNIQUE INDEX account_tokens_hash_key ON account_tokens (token_hash);
CREATE INDEX account_tokens_customer ON account_tokens (customer_id, purpose, issued_at);
CREATE INDEX account_tokens_expires ON account_tokens (expires_at);

-- Notification opt-ins now live in the notification service, which sends the notifications (see ADR 0011): one
-- source of truth, per channel and per category. No data is carried over: nothing here was ever read by a sender.
ALTER TABLE customer_preferences DROP COLUMN email_notifications;
ALTER TABLE customer_preferences DROP COLUMN sms_notifications;
ALTER TABLE customer_preferences DROP COLUMN push_notifications;
ALTER TABLE customer_preferences DROP COLUMN marketing_emails;
