-- The demo's delivered orders earned their points without a confirmation recorded here (they were written, not
-- placed): like the orders V7 found, their payment is unknown, so a refund of any of them counts.
INSERT INTO confirmed_orders (order_id)
SELECT DISTINCT order_id FROM loyalty_transactions WHERE type = 'earn' AND order_id IS NOT NULL
ON CONFLICT DO NOTHING;
