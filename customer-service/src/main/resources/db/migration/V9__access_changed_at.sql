-- When the user's access last changed (staff assigned to a store, moved to another job, or removed): the gateway
-- refuses access tokens issued before it, so the app refreshes and gets one with the new store_ids and store_jobs.
ALTER TABLE customers ADD COLUMN access_changed_at TIMESTAMPTZ;
CREATE INDEX customers_access_changed ON customers (access_changed_at) WHERE access_changed_at IS NOT NULL;
