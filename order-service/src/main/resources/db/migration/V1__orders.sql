-- order-service: orders with their items, timeline and delivery tracking (the spec's order_db), the idempotency
-- keys of order placement, the per-day order number counters, and a local copy of who works where as what.
-- Amounts are rupees, DECIMAL(10, 2). Statuses are stored as the spec writes them: lowercase with underscores.
-- Left out of the spec's orders table: rating and review_comment (reviews are the review service's), the chef
-- assignment, and the loyalty columns (points earned and redeemed, coupon code), which come with the loyalty issue.

CREATE TABLE orders (
    id                      UUID PRIMARY KEY,
    order_number            VARCHAR(50)    NOT NULL,

    -- The customer as they were when ordering (the customer service owns the customer).
    customer_id             UUID           NOT NULL,
    customer_name           VARCHAR(255)   NOT NULL,
    customer_email          VARCHAR(255)   NOT NULL,
    customer_phone          VARCHAR(20),

    store_id                UUID           NOT NULL,

    status                  VARCHAR(50)    NOT NULL,
    -- Grows with every status change; published as OrderStatusChanged.sequence so consumers can drop stale ones.
    status_sequence         BIGINT         NOT NULL DEFAULT 0,
    payment_status          VARCHAR(50)    NOT NULL,
    payment_method          VARCHAR(50)    NOT NULL,
    -- The payment that paid the order (from PaymentCompleted); what a refund refers to.
    payment_id              UUID,
    -- Until when an online payment is awaited before the order is cancelled; NULL for cash on delivery.
    payment_due_by          TIMESTAMPTZ,
    -- The stock reservation made for the order in the inventory service (reserved under the order's id).
    reservation_id          UUID,

    subtotal                DECIMAL(10, 2) NOT NULL,
    tax                     DECIMAL(10, 2) NOT NULL DEFAULT 0,
    delivery_fee            DECIMAL(10, 2) NOT NULL DEFAULT 0,
    discount                DECIMAL(10, 2) NOT NULL DEFAULT 0,
    loyalty_discount        DECIMAL(10, 2) NOT NULL DEFAULT 0,
    total                   DECIMAL(10, 2) NOT NULL,

    -- The address as it was when ordering; none for pickup and dine-in (the spec's NOT NULL assumed delivery).
    delivery_address        JSONB,
    delivery_type           VARCHAR(20)    NOT NULL,
    delivery_latitude       DECIMAL(10, 8),
    delivery_longitude      DECIMAL(11, 8),

    estimated_delivery_time TIMESTAMPTZ,
    scheduled_delivery_time TIMESTAMPTZ,
    accepted_at             TIMESTAMPTZ,
    preparing_at            TIMESTAMPTZ,
    ready_at                TIMESTAMPTZ,
    dispatched_at           TIMESTAMPTZ,
    delivered_at            TIMESTAMPTZ,
    cancelled_at            TIMESTAMPTZ,
    refunded_at             TIMESTAMPTZ,

    delivery_person_id      UUID,

    special_instructions    VARCHAR(500),
    cancellation_reason     VARCHAR(500),
    -- customer, staff or system
    cancelled_by            VARCHAR(20),

    created_at              TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version                 BIGINT         NOT NULL DEFAULT 0,

    CONSTRAINT orders_number_key UNIQUE (order_number),
    CONSTRAINT orders_status CHECK (status IN ('pending', 'confirmed', 'preparing', 'ready', 'out_for_delivery',
        'delivered', 'cancelled', 'refunded')),
    CONSTRAINT orders_payment_status CHECK (payment_status IN ('pending', 'processing', 'completed', 'failed',
        'refunded')),
    CONSTRAINT orders_payment_method CHECK (payment_method IN ('upi', 'card', 'netbanking', 'wallet', 'cod')),
    CONSTRAINT orders_delivery_type CHECK (delivery_type IN ('delivery', 'pickup', 'dine-in')),
    CONSTRAINT orders_address_for_delivery CHECK (delivery_type <> 'delivery' OR delivery_address IS NOT NULL),
    CONSTRAINT orders_amounts_non_negative CHECK (subtotal >= 0 AND tax >= 0 AND delivery_fee >= 0 AND discount >= 0
        AND loyalty_discount >= 0 AND total >= 0),
    CONSTRAINT orders_total CHECK (total = subtotal - discount - loyalty_discount + tax + delivery_fee),
    CONSTRAINT orders_cancelled_by CHECK (cancelled_by IN ('customer', 'staff', 'system'))
);

CREATE INDEX idx_orders_customer ON orders (customer_id, created_at DESC);
CREATE INDEX idx_orders_store ON orders (store_id, created_at);
CREATE INDEX idx_orders_status ON orders (status);
CREATE INDEX idx_orders_payment_status ON orders (payment_status);
CREATE INDEX idx_orders_created_at ON orders (created_at DESC);
CREATE INDEX idx_orders_delivery_person ON orders (delivery_person_id) WHERE delivery_person_id IS NOT NULL;
-- What the payment-window job looks for.
CREATE INDEX idx_orders_awaiting_payment ON orders (payment_due_by) WHERE status = 'pending';

CREATE TABLE order_items (
    id                   UUID PRIMARY KEY,
    order_id             UUID           NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    -- Position in the order as the customer listed it.
    line_number          INT            NOT NULL,

    product_id           UUID           NOT NULL,
    product_name         VARCHAR(255)   NOT NULL,
    product_sku          VARCHAR(100),
    category_id          UUID,

    unit_price           DECIMAL(10, 2) NOT NULL,
    quantity             INT            NOT NULL,
    subtotal             DECIMAL(10, 2) NOT NULL,

    -- The chosen options as priced: [{"optionId", "customization", "name", "priceModifier"}]
    customizations       JSONB          NOT NULL DEFAULT '[]',
    special_instructions VARCHAR(500),

    created_at           TIMESTAMPTZ    NOT NULL DEFAULT now(),

    CONSTRAINT order_items_quantity CHECK (quantity > 0),
    CONSTRAINT order_items_amounts CHECK (unit_price >= 0 AND subtotal = unit_price * quantity),
    CONSTRAINT order_items_line UNIQUE (order_id, line_number)
);

CREATE INDEX idx_order_items_product ON order_items (product_id);

CREATE TABLE order_timeline (
    id              UUID PRIMARY KEY,
    order_id        UUID         NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    status          VARCHAR(50)  NOT NULL,
    note            VARCHAR(500),
    -- Who: the user who acted, or NULL for the platform itself (payments, the payment-window job).
    updated_by      UUID,
    updated_by_name VARCHAR(255),
    -- customer, staff, admin or system
    updated_by_role VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX idx_timeline_order ON order_timeline (order_id, created_at);

CREATE TABLE order_tracking (
    id          UUID PRIMARY KEY,
    order_id    UUID          NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    latitude    DECIMAL(10, 8) NOT NULL,
    longitude   DECIMAL(11, 8) NOT NULL,
    status      VARCHAR(50)   NOT NULL,
    message     VARCHAR(500),
    recorded_by UUID          NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT order_tracking_latitude CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT order_tracking_longitude CHECK (longitude BETWEEN -180 AND 180)
);

CREATE INDEX idx_tracking_order ON order_tracking (order_id, created_at DESC);

-- Placement's Idempotency-Key, per customer. The order id is chosen when the key is first claimed, before anything
-- is reserved, so a retry after a crash reuses it (and the reservation made under it). A completed key holds the
-- response to replay; a key whose attempt failed on our side, or whose holder crashed, is claimed again.
CREATE TABLE idempotency_keys (
    customer_id     UUID         NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    order_id        UUID         NOT NULL,
    -- Which attempt holds the key; only that attempt may complete it.
    attempt_id      UUID         NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    -- An in-progress attempt not finished by then is presumed dead: the key may be claimed again.
    locked_until    TIMESTAMPTZ  NOT NULL,
    response_status INT,
    response_body   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, idempotency_key),
    CONSTRAINT idempotency_keys_state CHECK (state IN ('in_progress', 'completed')),
    CONSTRAINT idempotency_keys_response CHECK ((state = 'completed') = (response_status IS NOT NULL))
);

CREATE INDEX idx_idempotency_keys_created ON idempotency_keys (created_at);

-- One counter per business day; order numbers are ORD<yyyyMMdd>-<counter, six digits or more>.
CREATE TABLE order_number_counters (
    business_day DATE PRIMARY KEY,
    last_value   INT NOT NULL
);

-- Who works at which store as what, as the store service reports it (StaffAssigned / StaffUnassigned). A removal is
-- kept as a tombstone (active false) with its revision, so an older, retried assignment cannot revive it.
CREATE TABLE staff_memberships (
    user_id    UUID        NOT NULL,
    store_id   UUID        NOT NULL,
    staff_id   UUID        NOT NULL,
    role       VARCHAR(20),
    active     BOOLEAN     NOT NULL,
    revision   BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, store_id)
);
