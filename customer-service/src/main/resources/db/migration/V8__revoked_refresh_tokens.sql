-- The gateway asks every few seconds which sessions ended lately (GET /api/v1/auth/ended-sessions): revoked tokens
-- by when, without reading the live ones.
CREATE INDEX refresh_tokens_revoked ON refresh_tokens (revoked_at) WHERE revoked_at IS NOT NULL;
