-- Tables owned by common-lib, in their own schema with their own Flyway history, so the service's own
-- migrations and these never have to agree on version numbers.

-- Transactional outbox: events written in the same transaction as the state change, relayed to Kafka after.
CREATE TABLE event_outbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     UUID         NOT NULL UNIQUE,
    topic        VARCHAR(249) NOT NULL,
    message_key  VARCHAR(255) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    envelope     TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000)
);

-- The relay reads the backlog in insertion order; published rows drop out of this index.
CREATE INDEX event_outbox_backlog ON event_outbox (id) WHERE published_at IS NULL;
CREATE INDEX event_outbox_published ON event_outbox (published_at) WHERE published_at IS NOT NULL;

-- Idempotent consumers: one row per (consumer, event) whose effect has been applied, written in the same
-- transaction as the effect, so a redelivered event is recognised and skipped.
CREATE TABLE processed_event (
    consumer     VARCHAR(200) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
