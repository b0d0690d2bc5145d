-- An admin's Idempotency-Key is the admin request's, whatever the customer: an adjustment looks its key up among all
-- customers' entries (serialized per key by an advisory lock), which this index finds without reading the ledger.
-- Customers' keys stay unique per customer (uq_loyalty_request_key): each customer chooses theirs.
CREATE INDEX idx_loyalty_request_key ON loyalty_transactions (request_key) WHERE request_key IS NOT NULL;
