-- The demo's order cancelled before it was paid, as the service now keeps such an order (V3): nothing was or will be
-- taken. V3 finds it already on a database where the demo data came first; on a new one the demo data comes after V3.
UPDATE orders SET payment_status = 'cancelled' WHERE status = 'cancelled' AND payment_status = 'pending';
