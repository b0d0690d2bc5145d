-- An order may be paid twice (a double payment, a late capture): the payment service refunds the extra payment in
-- full, for the same order. Only refunds of the payment that paid for the order count against it, so each refund
-- keeps the payment it gave back (NULL: recorded before, counted as then) and each order the payment its
-- confirmation named (NULL: cash on delivery, paid once, all its refunds count). A refund of another payment stays
-- recorded and unsettled; one seen before the order's confirmation waits for it.
ALTER TABLE order_refunds ADD COLUMN payment_id UUID;

CREATE TABLE confirmed_orders (
    order_id     UUID PRIMARY KEY,
    payment_id   UUID,
    confirmed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Orders that earned before confirmations were kept: their payment is unknown, so all their refunds count, as they did.
INSERT INTO confirmed_orders (order_id)
SELECT DISTINCT order_id FROM loyalty_transactions WHERE type = 'earn' AND order_id IS NOT NULL;
