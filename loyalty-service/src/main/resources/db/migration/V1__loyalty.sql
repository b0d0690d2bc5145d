-- loyalty_db: the points ledger (every point is a row with the balance after it), the accounts that serialize
-- writes per customer, campaigns with their coupon uses, and what each order holds (points and a coupon use).

-- One row per customer: the balance the ledger adds up to, and the tier. Writers lock this row, so two writes of
-- one customer never interleave; the CHECK makes a negative balance impossible whatever the code does.
CREATE TABLE loyalty_accounts (
    customer_id    UUID PRIMARY KEY,
    balance        BIGINT      NOT NULL DEFAULT 0,
    tier           VARCHAR(20) NOT NULL DEFAULT 'BRONZE',
    -- Grows with every tier change; LoyaltyTierChanged carries it so consumers can drop stale changes.
    tier_sequence  BIGINT      NOT NULL DEFAULT 0,
    -- Grows with every posting; LoyaltyPointsChanged carries it.
    revision       BIGINT      NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT loyalty_accounts_balance CHECK (balance >= 0),
    CONSTRAINT loyalty_accounts_tier CHECK (tier IN ('BRONZE', 'SILVER', 'GOLD', 'PLATINUM'))
);

-- The ledger, source of truth: points are signed (credits positive, debits negative).
CREATE TABLE loyalty_transactions (
    id            UUID PRIMARY KEY,
    customer_id   UUID         NOT NULL REFERENCES loyalty_accounts (customer_id),
    -- earn (order delivered), redeem (held for an order or a reward), release (a redemption returned: the order
    -- was cancelled), reversal (earned points taken back: the order was refunded), expire, bonus, adjustment.
    type          VARCHAR(20)  NOT NULL,
    points        INT          NOT NULL,
    description   VARCHAR(500),
    order_id      UUID,
    campaign_id   UUID,
    balance_after BIGINT       NOT NULL,
    -- Credits expire (oldest first); debits have none.
    expires_at    TIMESTAMPTZ,
    actor_id      UUID,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT loyalty_transactions_type
        CHECK (type IN ('earn', 'redeem', 'release', 'reversal', 'expire', 'bonus', 'adjustment')),
    CONSTRAINT loyalty_transactions_balance CHECK (balance_after >= 0),
    CONSTRAINT loyalty_transactions_points CHECK (points <> 0)
);

CREATE INDEX idx_loyalty_customer ON loyalty_transactions (customer_id, created_at DESC);
CREATE INDEX idx_loyalty_order ON loyalty_transactions (order_id);
-- An order earns once, redeems once and has its redemption returned once, whatever is redelivered.
CREATE UNIQUE INDEX uq_loyalty_order_once ON loyalty_transactions (order_id, type)
    WHERE order_id IS NOT NULL AND type IN ('earn', 'redeem', 'release', 'reversal');

CREATE TABLE campaigns (
    id                    UUID PRIMARY KEY,
    name                  VARCHAR(255)   NOT NULL,
    -- Stored upper case; a code is unique among all campaigns.
    code                  VARCHAR(50)    UNIQUE,
    description           VARCHAR(1000),
    type                  VARCHAR(50)    NOT NULL,
    discount_type         VARCHAR(20)    NOT NULL,
    discount_value        NUMERIC(10, 2) NOT NULL DEFAULT 0,
    min_order_value       NUMERIC(10, 2),
    max_discount          NUMERIC(10, 2),
    applicable_products   UUID[]         NOT NULL DEFAULT '{}',
    applicable_categories UUID[]         NOT NULL DEFAULT '{}',
    customer_tiers        VARCHAR(20)[]  NOT NULL DEFAULT '{}',
    usage_limit           INT,
    usage_per_customer    INT            NOT NULL DEFAULT 1,
    -- Uses reserved or confirmed; only ever changed by a conditional update that keeps it within the limit.
    current_usage         INT            NOT NULL DEFAULT 0,
    start_date            TIMESTAMPTZ    NOT NULL,
    end_date              TIMESTAMPTZ    NOT NULL,
    is_active             BOOLEAN        NOT NULL DEFAULT true,
    created_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT campaigns_type CHECK (type IN ('discount', 'bogo', 'free_delivery', 'loyalty_bonus', 'referral')),
    CONSTRAINT campaigns_discount_type
        CHECK (discount_type IN ('percentage', 'fixed', 'free_delivery', 'free_item')),
    CONSTRAINT campaigns_usage CHECK (current_usage >= 0 AND (usage_limit IS NULL OR current_usage <= usage_limit)),
    CONSTRAINT campaigns_per_customer CHECK (usage_per_customer >= 1),
    CONSTRAINT campaigns_window CHECK (end_date > start_date),
    CONSTRAINT campaigns_value CHECK (discount_value >= 0)
);

CREATE INDEX idx_campaigns_active ON campaigns (is_active, start_date, end_date);

CREATE TABLE campaign_usage (
    id               UUID PRIMARY KEY,
    campaign_id      UUID           NOT NULL REFERENCES campaigns (id),
    customer_id      UUID           NOT NULL,
    order_id         UUID           NOT NULL,
    discount_applied NUMERIC(10, 2) NOT NULL,
    -- RESERVED at placement, CONFIRMED with the order, RELEASED when it is cancelled (the use counts again).
    status           VARCHAR(20)    NOT NULL,
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT campaign_usage_once UNIQUE (campaign_id, order_id),
    CONSTRAINT campaign_usage_status CHECK (status IN ('RESERVED', 'CONFIRMED', 'RELEASED')),
    CONSTRAINT campaign_usage_discount CHECK (discount_applied >= 0)
);

CREATE INDEX idx_campaign_usage_customer ON campaign_usage (campaign_id, customer_id);

-- What order placement holds for an order: points (debited by a redeem row) and a coupon use. Confirmed with the
-- order, returned when it is cancelled; one per order.
CREATE TABLE order_holds (
    order_id        UUID PRIMARY KEY,
    customer_id     UUID           NOT NULL,
    points          INT            NOT NULL DEFAULT 0,
    points_value    NUMERIC(10, 2) NOT NULL DEFAULT 0,
    campaign_id     UUID REFERENCES campaigns (id),
    coupon_code     VARCHAR(50),
    discount        NUMERIC(10, 2) NOT NULL DEFAULT 0,
    free_delivery   BOOLEAN        NOT NULL DEFAULT false,
    status          VARCHAR(20)    NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT order_holds_status CHECK (status IN ('HELD', 'CONFIRMED', 'RELEASED')),
    CONSTRAINT order_holds_points CHECK (points >= 0)
);

-- Orders refunded in full: they earn nothing, even when their delivery is seen after the refund.
CREATE TABLE refunded_orders (
    order_id    UUID PRIMARY KEY,
    refunded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The reward catalog: things a customer takes for points (a redeem row in the ledger, with the reward's id).
CREATE TABLE rewards (
    id          UUID PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    description VARCHAR(1000),
    points_cost INT          NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT true,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT rewards_cost CHECK (points_cost > 0)
);

ALTER TABLE loyalty_transactions ADD COLUMN reward_id UUID REFERENCES rewards (id);
