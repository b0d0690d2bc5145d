-- A reward taken becomes a coupon of the customer's own, used at checkout like any other code: what it takes off
-- (as a campaign's discount_type and discount_value, on applicable_products or on any item when empty) and for how
-- many days it stays valid. Rewards added before this give one item free, the cheapest in the cart.
ALTER TABLE rewards
    ADD COLUMN discount_type       VARCHAR(20)    NOT NULL DEFAULT 'free_item',
    ADD COLUMN discount_value      NUMERIC(10, 2) NOT NULL DEFAULT 0,
    ADD COLUMN applicable_products UUID[]         NOT NULL DEFAULT '{}',
    ADD COLUMN valid_days          INT            NOT NULL DEFAULT 30,
    ADD CONSTRAINT rewards_discount_type
        CHECK (discount_type IN ('percentage', 'fixed', 'free_delivery', 'free_item')),
    ADD CONSTRAINT rewards_discount_value CHECK (discount_value >= 0),
    ADD CONSTRAINT rewards_valid_days CHECK (valid_days BETWEEN 1 AND 366);

-- The coupon is a campaign of one use that only its owner may apply; issued_for is the ledger entry that paid for
-- it, so a repeated redemption finds its coupon and never issues a second one.
ALTER TABLE campaigns
    ADD COLUMN owner_id   UUID,
    ADD COLUMN issued_for UUID UNIQUE REFERENCES loyalty_transactions (id),
    ADD CONSTRAINT campaigns_personal CHECK ((owner_id IS NULL) = (issued_for IS NULL));

CREATE INDEX idx_campaigns_owner ON campaigns (owner_id, created_at DESC) WHERE owner_id IS NOT NULL;
