-- An order cancelled with nothing paid (cash on delivery never collected, an online payment never made) no longer
-- shows its money as pending for ever: its payment status becomes 'cancelled', nothing was or will be taken. A payment
-- that completes after all still makes it 'completed' (and is refunded). Failed payments stay 'failed'; paid orders
-- go 'refunded' as before.
ALTER TABLE orders DROP CONSTRAINT orders_payment_status;
ALTER TABLE orders ADD CONSTRAINT orders_payment_status CHECK (payment_status IN ('pending', 'processing', 'completed',
    'failed', 'refunded', 'cancelled'));

-- Orders cancelled before this kept 'pending'.
UPDATE orders SET payment_status = 'cancelled' WHERE status = 'cancelled' AND payment_status = 'pending';
