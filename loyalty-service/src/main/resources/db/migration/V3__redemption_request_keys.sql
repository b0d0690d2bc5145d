-- A reward taken under an Idempotency-Key is taken once per key and customer: a retry or a second tap finds the entry
-- the first made (under the account's lock) and the index stops anything that would slip past that.
ALTER TABLE loyalty_transactions ADD COLUMN request_key VARCHAR(100);

CREATE UNIQUE INDEX uq_loyalty_request_key ON loyalty_transactions (customer_id, request_key)
    WHERE request_key IS NOT NULL;
