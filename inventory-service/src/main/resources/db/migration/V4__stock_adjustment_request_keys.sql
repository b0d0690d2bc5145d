-- A stock adjustment sent with an Idempotency-Key is applied once: a retry with the same key (a lost answer, a double
-- tap) gets the adjustment it made instead of changing the stock again. Keys are per stock row, so that two stores'
-- staff can never collide; the index stands behind the lookup the service makes under the row's lock.
ALTER TABLE stock_adjustments ADD COLUMN request_key VARCHAR(100);
CREATE UNIQUE INDEX stock_adjustments_request_key ON stock_adjustments (store_id, product_id, request_key)
    WHERE request_key IS NOT NULL;
