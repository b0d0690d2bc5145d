-- An order's paid_amount (and paid_at) is that of the payment that paid for it, the one OrderConfirmed names
-- (paid_by), no longer of whichever payment completed last: a duplicate or late capture, which the payment service
-- refunds by itself, overwrote it. The same rule as for refunds since V4.
--
-- The payments of an order that completed are kept here until the confirmation names the one that paid; then only
-- that one stays. Until then (and for cash on delivery, whose confirmation names none) the first to complete counts.
-- So any event order gives the same amount. Rows from before this migration keep their paid_amount until a rebuild
-- (POST /api/v1/admin/rebuild) reads them again from the topics.
CREATE TABLE order_fact_payments (
    order_id     UUID           NOT NULL REFERENCES order_facts ON DELETE CASCADE,
    payment_id   UUID           NOT NULL,
    amount       NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
    completed_at TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (order_id, payment_id)
);
