-- When the account's latest status change happened (deactivated or reactivated), so that an older announcement
-- arriving late (a redelivery, a dead letter replayed) does not email the owner a status that is no longer true.
ALTER TABLE recipients ADD COLUMN account_status_changed_at TIMESTAMPTZ;
