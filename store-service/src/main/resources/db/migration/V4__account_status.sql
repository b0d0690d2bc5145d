-- Whether a user's account may be used, as customer-service announces it (AccountStatusChanged): a staff list shows
-- the members whose account an administrator deactivated. Only accounts whose status changed are here; any other is
-- active. changed_at orders the announcements, which may arrive late and out of order.
CREATE TABLE account_status (
    user_id    UUID PRIMARY KEY,
    active     BOOLEAN     NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
