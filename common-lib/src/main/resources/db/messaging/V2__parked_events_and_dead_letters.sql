-- Outbox events Kafka will not take are parked for an operator instead of blocking their service forever.
--   strikes:      failed attempts in which Kafka acknowledged other events (so the fault is this event's);
--                 attempts keeps counting every failed attempt, outages included.
--   parked_at:    set when the relay gave up on the event; later events with the same message_key are held
--                 behind it, so an aggregate's events never overtake each other.
--   discarded_at: set when an operator decided the parked event is never to be sent; releases the held ones.
ALTER TABLE event_outbox
    ADD COLUMN strikes      INT NOT NULL DEFAULT 0,
    ADD COLUMN parked_at    TIMESTAMPTZ,
    ADD COLUMN discarded_at TIMESTAMPTZ;

-- The relay looks up, for each pending event, whether an earlier event with its key is parked.
CREATE INDEX event_outbox_parked ON event_outbox (message_key, id)
    WHERE parked_at IS NOT NULL AND published_at IS NULL AND discarded_at IS NULL;

-- Records a consumer gave up on (after its retries), read back from the consumer group's dead-letter topic so
-- operators can inspect, replay or discard them. One row per failed record, however often the dead-letter
-- record is redelivered: (source_topic, source_partition, source_offset) is where it failed first.
CREATE TABLE dead_letter (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic             VARCHAR(249) NOT NULL,
    dead_letter_topic VARCHAR(249) NOT NULL,
    source_topic      VARCHAR(249) NOT NULL,
    source_partition  INT          NOT NULL,
    source_offset     BIGINT       NOT NULL,
    message_key       TEXT,
    value             TEXT,
    -- The record's own headers (event_id, event_type...) as a JSON array of {"name", "value" (base64)}, so a
    -- replay carries them again; Kafka's retry and dead-letter bookkeeping headers are not kept.
    headers           TEXT         NOT NULL,
    exception_class   VARCHAR(500),
    exception_message TEXT,
    event_id          UUID,
    event_type        VARCHAR(100),
    received_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    status            VARCHAR(20)  NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'REPLAYED', 'DISCARDED')),
    replayed_at       TIMESTAMPTZ,
    discarded_at      TIMESTAMPTZ,
    UNIQUE (source_topic, source_partition, source_offset)
);

CREATE INDEX dead_letter_by_status ON dead_letter (status, id DESC);
