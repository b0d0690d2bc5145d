-- The loyalty columns of the spec's orders table, now that the loyalty service exists: the coupon applied and the
-- points redeemed (their values are the discount and loyalty_discount columns). Points earned are the loyalty
-- service's ledger, not a column here.
ALTER TABLE orders ADD COLUMN coupon_code VARCHAR(50);
ALTER TABLE orders ADD COLUMN loyalty_points_redeemed INT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD CONSTRAINT orders_points_redeemed CHECK (loyalty_points_redeemed >= 0);
