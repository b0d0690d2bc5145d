-- An operator may give up a parked webhook for good (DISCARDED), after looking into it; it stays in the table.
ALTER TABLE provider_webhooks DROP CONSTRAINT provider_webhooks_status;
ALTER TABLE provider_webhooks ADD CONSTRAINT provider_webhooks_status
    CHECK (status IN ('RECEIVED', 'RETRYING', 'PROCESSED', 'IGNORED', 'PARKED', 'DISCARDED'));

-- Operators list the parked ones, the most recently parked first.
CREATE INDEX provider_webhooks_parked ON provider_webhooks (processed_at DESC) WHERE status = 'PARKED';
