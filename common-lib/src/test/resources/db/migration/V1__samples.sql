CREATE TABLE sample_items (
    name VARCHAR(100) PRIMARY KEY
);

CREATE TABLE sample_effects (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id UUID         NOT NULL,
    name     VARCHAR(100) NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
