-- store_db: stores with their weekly operating hours, the staff who work there and the zones they deliver to.
-- Money is NUMERIC(10, 2) and never negative; the application's Money value object enforces the same.

CREATE TABLE stores (
    id                          UUID PRIMARY KEY,
    slug                        VARCHAR(100)  NOT NULL,
    name                        VARCHAR(255)  NOT NULL,
    description                 TEXT,
    email                       VARCHAR(255)  NOT NULL,
    phone                       VARCHAR(20)   NOT NULL,
    address_line1               VARCHAR(255)  NOT NULL,
    address_line2               VARCHAR(255),
    city                        VARCHAR(100)  NOT NULL,
    state                       VARCHAR(100)  NOT NULL,
    postal_code                 VARCHAR(20)   NOT NULL,
    country                     VARCHAR(100)  NOT NULL DEFAULT 'India',
    latitude                    DECIMAL(10, 8),
    longitude                   DECIMAL(11, 8),
    -- IANA zone id; opening hours are wall-clock times in this zone.
    time_zone                   VARCHAR(64)   NOT NULL DEFAULT 'Asia/Kolkata',
    is_active                   BOOLEAN       NOT NULL DEFAULT true,
    is_accepting_orders         BOOLEAN       NOT NULL DEFAULT true,
    min_order_value             NUMERIC(10, 2) NOT NULL DEFAULT 0,
    delivery_fee                NUMERIC(10, 2) NOT NULL DEFAULT 0,
    -- No free delivery when NULL.
    free_delivery_above         NUMERIC(10, 2),
    estimated_prep_time_minutes INT           NOT NULL DEFAULT 30,
    created_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT stores_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT stores_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT stores_coordinates_complete CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT stores_latitude CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT stores_longitude CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT stores_min_order_value_non_negative CHECK (min_order_value >= 0),
    CONSTRAINT stores_delivery_fee_non_negative CHECK (delivery_fee >= 0),
    CONSTRAINT stores_free_delivery_above_non_negative CHECK (free_delivery_above >= 0),
    CONSTRAINT stores_prep_time CHECK (estimated_prep_time_minutes BETWEEN 0 AND 600)
);

CREATE UNIQUE INDEX stores_slug_key ON stores (slug);
CREATE INDEX stores_city ON stores (city);
CREATE INDEX stores_active ON stores (is_active, is_accepting_orders);

-- One row per weekday once the week has been set. A close time earlier than (or equal to) the open time means
-- the store closes the next day: FRIDAY 18:00-02:00 covers Saturday 01:00; 00:00-00:00 is open all day.
CREATE TABLE store_operating_hours (
    store_id    UUID        NOT NULL REFERENCES stores (id) ON DELETE CASCADE,
    day_of_week VARCHAR(9)  NOT NULL,
    is_open     BOOLEAN     NOT NULL,
    open_time   TIME,
    close_time  TIME,
    PRIMARY KEY (store_id, day_of_week),
    CONSTRAINT store_operating_hours_day CHECK (day_of_week IN
        ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    CONSTRAINT store_operating_hours_times CHECK (
        (is_open AND open_time IS NOT NULL AND close_time IS NOT NULL)
        OR (NOT is_open AND open_time IS NULL AND close_time IS NULL))
);

-- A user's job at a store. user_id is the identity user (customer-service); one record per user and store,
-- deactivated rather than deleted so the history stays.
CREATE TABLE staff (
    id               UUID PRIMARY KEY,
    store_id         UUID         NOT NULL REFERENCES stores (id) ON DELETE CASCADE,
    user_id          UUID         NOT NULL,
    name             VARCHAR(255) NOT NULL,
    email            VARCHAR(255),
    phone            VARCHAR(20),
    role             VARCHAR(20)  NOT NULL,
    is_active        BOOLEAN      NOT NULL DEFAULT true,
    hire_date        DATE,
    deactivated_at   TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT staff_role CHECK (role IN ('MANAGER', 'CHEF', 'CASHIER', 'DELIVERY', 'SUPPORT')),
    CONSTRAINT staff_name_not_blank CHECK (btrim(name) <> '')
);

CREATE UNIQUE INDEX staff_store_user_key ON staff (store_id, user_id);
CREATE INDEX staff_user ON staff (user_id);

CREATE TABLE delivery_zones (
    id                     UUID PRIMARY KEY,
    store_id               UUID          NOT NULL REFERENCES stores (id) ON DELETE CASCADE,
    name                   VARCHAR(255)  NOT NULL,
    -- Normalised: upper case, no spaces.
    postal_codes           TEXT[]        NOT NULL,
    -- The store's delivery fee applies when NULL.
    delivery_fee           NUMERIC(10, 2),
    estimated_time_minutes INT           NOT NULL DEFAULT 30,
    is_active              BOOLEAN       NOT NULL DEFAULT true,
    created_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT delivery_zones_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT delivery_zones_postal_codes_not_empty CHECK (cardinality(postal_codes) > 0),
    CONSTRAINT delivery_zones_fee_non_negative CHECK (delivery_fee >= 0),
    CONSTRAINT delivery_zones_time CHECK (estimated_time_minutes BETWEEN 1 AND 600)
);

CREATE INDEX delivery_zones_store ON delivery_zones (store_id);
-- The quote looks zones up by postal code: postal_codes @> ARRAY[code].
CREATE INDEX delivery_zones_postal_codes ON delivery_zones USING GIN (postal_codes);
