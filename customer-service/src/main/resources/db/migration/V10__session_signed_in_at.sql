-- When each session started (its login), shown in the owner's list of sessions beside when it was last active. Every
-- token of a session carries it, since rotated tokens are deleted once they expire. The default keeps an instance
-- still running the previous version (during a rolling deploy) inserting tokens; existing sessions get their oldest
-- token still stored.
ALTER TABLE refresh_tokens ADD COLUMN signed_in_at TIMESTAMPTZ NOT NULL DEFAULT now();
UPDATE refresh_tokens AS token SET signed_in_at = family.first_issued_at
FROM (SELECT family_id, min(issued_at) AS first_issued_at FROM refresh_tokens GROUP BY family_id) AS family
WHERE token.family_id = family.family_id;
