-- Partial refunds take back points in proportion to the money refunded: an order now has one reversal per refund,
-- so reversals leave the once-per-order index; each refund is recorded once (by its id) with what it took back.
DROP INDEX uq_loyalty_order_once;
CREATE UNIQUE INDEX uq_loyalty_order_once ON loyalty_transactions (order_id, type)
    WHERE order_id IS NOT NULL AND type IN ('earn', 'redeem', 'release');

-- The total an order earned on, the base of its refunds' share.
CREATE TABLE order_earnings (
    order_id UUID PRIMARY KEY,
    total    NUMERIC(10, 2) NOT NULL,
    CONSTRAINT order_earnings_total CHECK (total > 0)
);

-- Every refund of an order, once. Settled when the order's earnings are known (at once, or at its delivery when
-- the refund came first): points_reversed were taken back, points_spent were due but already spent and stay spent.
CREATE TABLE order_refunds (
    refund_id       UUID PRIMARY KEY,
    order_id        UUID           NOT NULL,
    amount          NUMERIC(10, 2) NOT NULL,
    fully_refunded  BOOLEAN        NOT NULL,
    points_reversed INT,
    points_spent    INT,
    settled_at      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT order_refunds_amount CHECK (amount >= 0),
    CONSTRAINT order_refunds_points CHECK (points_reversed >= 0 AND points_spent >= 0)
);

CREATE INDEX idx_order_refunds_order ON order_refunds (order_id, created_at);
