-- payment_db: what this service knows of orders (from the order topic), payments, refunds, and the provider's
-- webhooks as received. Money is NUMERIC(10, 2) rupees, never negative. Card, UPI and bank details are never stored:
-- only the provider's ids and the payment method.

-- Orders as the order service announced them; the amount to charge comes from here, never from a client.
CREATE TABLE known_orders (
    order_id       UUID PRIMARY KEY,
    order_number   VARCHAR(50)    NOT NULL,
    customer_id    UUID           NOT NULL,
    store_id       UUID           NOT NULL,
    -- upi, card, netbanking, wallet, emi or cod; NULL while known only from its cancellation.
    payment_method VARCHAR(30),
    total          NUMERIC(10, 2) NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    placed_at      TIMESTAMPTZ,
    payment_due_by TIMESTAMPTZ,
    created_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT known_orders_total CHECK (total >= 0),
    CONSTRAINT known_orders_status CHECK (status IN ('PENDING', 'CONFIRMED', 'DELIVERED', 'CANCELLED'))
);

CREATE TABLE payments (
    id                  UUID PRIMARY KEY,
    order_id            UUID           NOT NULL REFERENCES known_orders (order_id),
    customer_id         UUID           NOT NULL,
    store_id            UUID           NOT NULL,
    -- What the customer paid with: upi, card, netbanking, wallet, emi (or another provider method), or cod.
    method              VARCHAR(30)    NOT NULL,
    provider            VARCHAR(20)    NOT NULL,
    amount              NUMERIC(10, 2) NOT NULL,
    currency            VARCHAR(3)     NOT NULL DEFAULT 'INR',
    status              VARCHAR(20)    NOT NULL,
    -- Razorpay's order (order_...) and the payment that settled it (pay_...).
    provider_order_id   VARCHAR(64),
    provider_payment_id VARCHAR(64),
    failure_reason      VARCHAR(500),
    -- A capture that arrived after this order's payment had failed or was cancelled: refunded automatically.
    late_capture        BOOLEAN        NOT NULL DEFAULT false,
    -- Refunds asked for and not failed (held against the captured amount), and refunds the provider confirmed.
    refund_reserved     NUMERIC(10, 2) NOT NULL DEFAULT 0,
    amount_refunded     NUMERIC(10, 2) NOT NULL DEFAULT 0,
    initiated_at        TIMESTAMPTZ    NOT NULL,
    processing_at       TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ,
    failed_at           TIMESTAMPTZ,
    cancelled_at        TIMESTAMPTZ,
    reconciled_at       TIMESTAMPTZ,
    created_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT payments_amount CHECK (amount > 0),
    CONSTRAINT payments_provider CHECK (provider IN ('razorpay', 'none')),
    CONSTRAINT payments_status CHECK (status IN ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELLED',
                                                 'PARTIALLY_REFUNDED', 'REFUNDED')),
    CONSTRAINT payments_method CHECK (method ~ '^[a-z_]{2,30}$'),
    CONSTRAINT payments_online_has_provider_order CHECK (provider = 'none' OR provider_order_id IS NOT NULL),
    -- Never more refunded than reserved, never more reserved than captured.
    CONSTRAINT payments_refunds_within_amount CHECK (amount_refunded >= 0 AND amount_refunded <= refund_reserved
                                                     AND refund_reserved <= amount)
);

CREATE UNIQUE INDEX payments_provider_payment_key ON payments (provider_payment_id);
CREATE INDEX payments_provider_order ON payments (provider_order_id);
CREATE INDEX payments_order ON payments (order_id);
CREATE INDEX payments_customer ON payments (customer_id);
-- At most one payment per order is still open (being paid), whatever races between initiate calls.
CREATE UNIQUE INDEX payments_one_open_per_order ON payments (order_id) WHERE status IN ('PENDING', 'PROCESSING');
-- Reconciliation looks for online payments still open.
CREATE INDEX payments_unsettled ON payments (initiated_at)
    WHERE status IN ('PENDING', 'PROCESSING') AND provider = 'razorpay';

CREATE TABLE refunds (
    id                 UUID PRIMARY KEY,
    payment_id         UUID           NOT NULL REFERENCES payments (id),
    order_id           UUID           NOT NULL,
    store_id           UUID           NOT NULL,
    amount             NUMERIC(10, 2) NOT NULL,
    reason             VARCHAR(500)   NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    -- REQUESTED by staff or an admin; COMPENSATION when money came in for an order that was cancelled.
    kind               VARCHAR(20)    NOT NULL,
    -- The caller's Idempotency-Key, or 'compensation': one refund per payment and key.
    request_key        VARCHAR(100)   NOT NULL,
    requested_by       UUID,
    provider_refund_id VARCHAR(64),
    failure_reason     VARCHAR(500),
    submit_attempts    INT            NOT NULL DEFAULT 0,
    -- When a refund not yet accepted by the provider is (re)submitted next.
    next_submit_at     TIMESTAMPTZ,
    initiated_at       TIMESTAMPTZ    NOT NULL,
    completed_at       TIMESTAMPTZ,
    failed_at          TIMESTAMPTZ,
    created_at         TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version            BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT refunds_amount CHECK (amount > 0),
    CONSTRAINT refunds_status CHECK (status IN ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED')),
    CONSTRAINT refunds_kind CHECK (kind IN ('REQUESTED', 'COMPENSATION')),
    CONSTRAINT refunds_reason_not_blank CHECK (btrim(reason) <> '')
);

CREATE UNIQUE INDEX refunds_request_key ON refunds (payment_id, request_key);
CREATE UNIQUE INDEX refunds_provider_refund_key ON refunds (provider_refund_id);
CREATE INDEX refunds_payment ON refunds (payment_id);
CREATE INDEX refunds_order ON refunds (order_id);
CREATE INDEX refunds_due ON refunds (next_submit_at) WHERE status = 'PENDING';
CREATE INDEX refunds_unconfirmed ON refunds (updated_at) WHERE status = 'PROCESSING';

-- Webhooks stored before they are processed, so none is lost; the provider's event id makes each one count once.
-- Only the facts processing needs are kept (ids, amounts, statuses, the method, the failure reason), never the card,
-- UPI or bank details the payload also carries.
CREATE TABLE provider_webhooks (
    event_id        VARCHAR(100) PRIMARY KEY,
    event_type      VARCHAR(60)  NOT NULL,
    facts           JSONB        NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_error      VARCHAR(500),
    received_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    processed_at    TIMESTAMPTZ,
    CONSTRAINT provider_webhooks_status CHECK (status IN ('RECEIVED', 'RETRYING', 'PROCESSED', 'IGNORED', 'PARKED'))
);

CREATE INDEX provider_webhooks_due ON provider_webhooks (next_attempt_at) WHERE status IN ('RECEIVED', 'RETRYING');
