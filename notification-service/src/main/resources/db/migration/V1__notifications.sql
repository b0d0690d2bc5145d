-- notification_db: what the service knows of people, stores' managers and orders; preferences, devices and templates;
-- in-app notifications; the delivery queue with its log; admins' sends.

-- People the service can reach, learnt from customer and order events. Each part moves only forward.
CREATE TABLE recipients (
    user_id        UUID PRIMARY KEY,
    email          VARCHAR(255),
    phone          VARCHAR(20),
    first_name     VARCHAR(100),
    contact_as_of  TIMESTAMPTZ,
    loyalty_tier   VARCHAR(20),
    tier_sequence  BIGINT      NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT recipients_loyalty_tier CHECK (loyalty_tier IN ('BRONZE', 'SILVER', 'GOLD', 'PLATINUM'))
);

CREATE INDEX recipients_loyalty_tier ON recipients (loyalty_tier) WHERE loyalty_tier IS NOT NULL;

-- Who works at which store, from the store service's staff events (newest revision wins; removals are tombstones).
CREATE TABLE store_staff (
    user_id    UUID        NOT NULL,
    store_id   UUID        NOT NULL,
    role       VARCHAR(20),
    active     BOOLEAN     NOT NULL,
    revision   BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, store_id)
);

CREATE INDEX store_staff_store ON store_staff (store_id) WHERE active;

-- The orders notifications follow, and the last stage their customer was told of.
CREATE TABLE orders (
    order_id        UUID PRIMARY KEY,
    order_number    VARCHAR(40),
    customer_id     UUID        NOT NULL,
    store_id        UUID,
    customer_email  VARCHAR(255),
    customer_phone  VARCHAR(20),
    customer_name   VARCHAR(200),
    delivery_type   VARCHAR(20),
    payment_method  VARCHAR(20),
    lines           JSONB       NOT NULL DEFAULT '[]',
    amounts         JSONB,
    estimated_at    TIMESTAMPTZ,
    stage           VARCHAR(20) NOT NULL,
    placement_seen  BOOLEAN     NOT NULL DEFAULT false,
    payment_failed  BOOLEAN     NOT NULL DEFAULT false,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT orders_stage CHECK (stage IN ('NONE', 'PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY',
                                             'DELIVERED', 'CANCELLED'))
);

CREATE INDEX orders_store_customer ON orders (store_id, customer_id);

-- Notification preferences: the platform's single source of truth for opt-ins (ADR 0011). No row: the defaults.
CREATE TABLE preferences (
    user_id                 UUID PRIMARY KEY,
    order_updates_email     BOOLEAN     NOT NULL,
    order_updates_sms       BOOLEAN     NOT NULL,
    order_updates_push      BOOLEAN     NOT NULL,
    order_updates_in_app    BOOLEAN     NOT NULL,
    account_updates_email   BOOLEAN     NOT NULL,
    account_updates_sms     BOOLEAN     NOT NULL,
    account_updates_push    BOOLEAN     NOT NULL,
    account_updates_in_app  BOOLEAN     NOT NULL,
    promotions_email        BOOLEAN     NOT NULL,
    promotions_sms          BOOLEAN     NOT NULL,
    promotions_push         BOOLEAN     NOT NULL,
    promotions_in_app       BOOLEAN     NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0
);

-- App installations that receive push notifications; a token belongs to one user at a time.
CREATE TABLE devices (
    id            UUID PRIMARY KEY,
    user_id       UUID          NOT NULL,
    token         VARCHAR(4096) NOT NULL,
    platform      VARCHAR(10)   NOT NULL,
    registered_at TIMESTAMPTZ   NOT NULL,
    CONSTRAINT devices_platform CHECK (platform IN ('ANDROID', 'IOS', 'WEB'))
);

CREATE UNIQUE INDEX devices_token_key ON devices (token);
CREATE INDEX devices_user ON devices (user_id, registered_at DESC);

-- One template per kind of notification and channel (defaults in V2); admins edit them.
CREATE TABLE templates (
    id         UUID PRIMARY KEY,
    kind       VARCHAR(40)  NOT NULL,
    channel    VARCHAR(10)  NOT NULL,
    subject    VARCHAR(1000),
    body       TEXT         NOT NULL,
    html       TEXT,
    enabled    BOOLEAN      NOT NULL DEFAULT true,
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by UUID,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT templates_channel CHECK (channel IN ('EMAIL', 'SMS', 'PUSH', 'IN_APP')),
    CONSTRAINT templates_subject_length CHECK (char_length(subject) <= 1000),
    CONSTRAINT templates_body_length CHECK (char_length(body) <= 20000),
    CONSTRAINT templates_html_length CHECK (char_length(html) <= 100000)
);

CREATE UNIQUE INDEX templates_kind_channel_key ON templates (kind, channel);

-- In-app notifications: at most one per source event (or admin send) and person.
CREATE TABLE in_app_notifications (
    id         UUID PRIMARY KEY,
    user_id    UUID         NOT NULL,
    source_id  UUID         NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    title      VARCHAR(1000) NOT NULL,
    body       TEXT         NOT NULL,
    data       JSONB        NOT NULL DEFAULT '{}',
    created_at TIMESTAMPTZ  NOT NULL,
    read_at    TIMESTAMPTZ
);

CREATE UNIQUE INDEX in_app_notifications_source_user_key ON in_app_notifications (source_id, user_id);
CREATE INDEX in_app_notifications_user ON in_app_notifications (user_id, created_at DESC, id DESC);
CREATE INDEX in_app_notifications_unread ON in_app_notifications (user_id) WHERE read_at IS NULL;

-- The delivery queue and log: one row per source, recipient and channel (whatever Kafka redelivers), worked off by
-- each channel's worker (FOR UPDATE SKIP LOCKED), every attempt logged. Variables hold what the template is rendered
-- with when the delivery is sent; an account email's token stays sealed in them.
CREATE TABLE deliveries (
    id                    UUID PRIMARY KEY,
    source_id             UUID          NOT NULL,
    recipient_id          UUID          NOT NULL,
    channel               VARCHAR(10)   NOT NULL,
    kind                  VARCHAR(40)   NOT NULL,
    address               VARCHAR(255),
    variables             JSONB         NOT NULL,
    status                VARCHAR(10)   NOT NULL,
    attempts              INT           NOT NULL DEFAULT 0,
    attempts_before_retry INT           NOT NULL DEFAULT 0,
    next_attempt_at       TIMESTAMPTZ   NOT NULL,
    provider_id           VARCHAR(255),
    last_error            VARCHAR(1000),
    created_at            TIMESTAMPTZ   NOT NULL,
    completed_at          TIMESTAMPTZ,
    CONSTRAINT deliveries_channel CHECK (channel IN ('EMAIL', 'SMS', 'PUSH')),
    CONSTRAINT deliveries_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    CONSTRAINT deliveries_attempts CHECK (attempts >= attempts_before_retry AND attempts_before_retry >= 0)
);

CREATE UNIQUE INDEX deliveries_source_recipient_channel_key ON deliveries (source_id, recipient_id, channel);
CREATE INDEX deliveries_due ON deliveries (channel, next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX deliveries_recipient ON deliveries (recipient_id, created_at DESC);
CREATE INDEX deliveries_created ON deliveries (created_at DESC, id DESC);

CREATE TABLE delivery_attempts (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id  UUID          NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    attempt      INT           NOT NULL,
    attempted_at TIMESTAMPTZ   NOT NULL,
    result       VARCHAR(10)   NOT NULL,
    provider_id  VARCHAR(255),
    error        VARCHAR(1000),
    duration_ms  BIGINT        NOT NULL,
    CONSTRAINT delivery_attempts_result CHECK (result IN ('SENT', 'RETRY', 'REJECTED', 'GONE')),
    UNIQUE (delivery_id, attempt)
);

-- Admins' sends; the id is made from the Idempotency-Key when there is one.
CREATE TABLE sends (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(40) NOT NULL,
    audience     JSONB       NOT NULL,
    variables    JSONB       NOT NULL,
    fingerprint  VARCHAR(64) NOT NULL,
    requested_by UUID        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    recipients   INT         NOT NULL,
    notified     INT         NOT NULL
);
