-- Verification and password emails are always sent (the account depends on them), so their templates cannot be
-- disabled any more: an admin who disabled one before lost every such email without a trace. Enabled again here;
-- what the admin wrote in them stays.
UPDATE templates SET enabled = true, updated_at = now()
WHERE kind IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET', 'PASSWORD_CHANGED') AND NOT enabled;
