-- analytics-service: facts kept from the platform's events, rollups derived from those facts (never incremented on
-- their own), the apps' funnel events, the store directory (each store's time zone) and the roster of managers.
-- See docs/adr/0012-analytics.md.

-- Stores as the store service last described them (GET /api/v1/stores/{id}). A store is listed as soon as a fact
-- names it, in the default time zone until the store service has answered (known = false); figures per day are
-- per day in the store's own time zone, so learning a different zone recomputes that store's rollups.
CREATE TABLE store_directory (
    store_id   UUID PRIMARY KEY,
    name       VARCHAR(200),
    time_zone  VARCHAR(64) NOT NULL,
    known      BOOLEAN     NOT NULL DEFAULT false,
    checked_at TIMESTAMPTZ
);

-- One row per order, completed by whichever of its events arrives, in any order (see OrderFact). origin 'demo' rows
-- come from the demo data and are kept by a rebuild, which replaces only what the topics said.
CREATE TABLE order_facts (
    order_id         UUID PRIMARY KEY,
    order_number     VARCHAR(40),
    store_id         UUID,
    customer_id      UUID,
    delivery_type    VARCHAR(20),
    payment_method   VARCHAR(20),
    -- OrderCreated's placedAt; until it arrives, the earliest moment any event of the order names.
    placed_at        TIMESTAMPTZ,
    placed_at_known  BOOLEAN       NOT NULL DEFAULT false,
    confirmed_at     TIMESTAMPTZ,
    delivered_at     TIMESTAMPTZ,
    cancelled_at     TIMESTAMPTZ,
    cancelled_by     VARCHAR(20),
    status           VARCHAR(20),
    status_sequence  BIGINT        NOT NULL DEFAULT -1,
    outcome          VARCHAR(20)   NOT NULL CHECK (outcome IN ('PENDING', 'CONFIRMED', 'DELIVERED', 'CANCELLED')),
    subtotal         NUMERIC(12, 2),
    tax              NUMERIC(12, 2),
    delivery_fee     NUMERIC(12, 2),
    discount         NUMERIC(12, 2),
    loyalty_discount NUMERIC(12, 2),
    total            NUMERIC(12, 2),
    paid_amount      NUMERIC(12, 2),
    paid_at          TIMESTAMPTZ,
    failed_payments  INT           NOT NULL DEFAULT 0,
    origin           VARCHAR(10)   NOT NULL DEFAULT 'events' CHECK (origin IN ('events', 'demo')),
    version          BIGINT        NOT NULL DEFAULT 0,
    updated_at       TIMESTAMPTZ   NOT NULL
);

CREATE INDEX order_facts_store_placed ON order_facts (store_id, placed_at);
CREATE INDEX order_facts_customer_placed ON order_facts (customer_id, placed_at);

CREATE TABLE order_fact_lines (
    order_id     UUID          NOT NULL REFERENCES order_facts ON DELETE CASCADE,
    line_no      INT           NOT NULL,
    product_id   UUID          NOT NULL,
    product_name VARCHAR(200)  NOT NULL,
    category_id  UUID,
    quantity     INT           NOT NULL CHECK (quantity > 0),
    line_total   NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

-- Money given back, one row per refund whatever redelivers it.
CREATE TABLE order_fact_refunds (
    refund_id    UUID PRIMARY KEY,
    order_id     UUID           NOT NULL REFERENCES order_facts ON DELETE CASCADE,
    amount       NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
    processed_at TIMESTAMPTZ    NOT NULL
);

CREATE INDEX order_fact_refunds_order ON order_fact_refunds (order_id);

CREATE TABLE customer_facts (
    customer_id   UUID PRIMARY KEY,
    registered_at TIMESTAMPTZ NOT NULL,
    origin        VARCHAR(10) NOT NULL DEFAULT 'events' CHECK (origin IN ('events', 'demo'))
);

CREATE INDEX customer_facts_registered ON customer_facts (registered_at);

-- What the apps report of a visit (POST /api/v1/analytics/event), for the conversion funnel. Kept as received:
-- they are on no topic, so a rebuild leaves them alone. occurred_at is when the service received it.
CREATE TABLE funnel_events (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type        VARCHAR(30) NOT NULL CHECK (type IN ('product_viewed', 'added_to_cart', 'checkout_started')),
    session_id  VARCHAR(64) NOT NULL,
    customer_id UUID,
    store_id    UUID,
    product_id  UUID,
    quantity    INT CHECK (quantity BETWEEN 1 AND 99),
    platform    VARCHAR(10) CHECK (platform IN ('web', 'android', 'ios')),
    occurred_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX funnel_events_store_time ON funnel_events (store_id, occurred_at);
CREATE INDEX funnel_events_time ON funnel_events (occurred_at);

-- Who works at which store as what, from the store service's StaffAssigned / StaffUnassigned (revision-ordered):
-- a store's figures are for its managers.
CREATE TABLE staff_memberships (
    user_id    UUID        NOT NULL,
    store_id   UUID        NOT NULL,
    staff_id   UUID        NOT NULL,
    role       VARCHAR(20) NOT NULL,
    active     BOOLEAN     NOT NULL,
    revision   BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, store_id)
);

-- Rebuilds: one at a time, their progress readable from any instance. A run whose instance stopped (no progress for
-- a while) no longer blocks the next.
CREATE TABLE rebuild_runs (
    id             UUID PRIMARY KEY,
    status         VARCHAR(10) NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    started_by     UUID        NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    events_read    BIGINT      NOT NULL DEFAULT 0,
    events_applied BIGINT      NOT NULL DEFAULT 0,
    skipped        BIGINT      NOT NULL DEFAULT 0,
    error          VARCHAR(1000)
);

CREATE UNIQUE INDEX rebuild_runs_one_running ON rebuild_runs (status) WHERE status = 'RUNNING';

-- Rollups, per day in the store's time zone. A row holds what the facts of that store and day say now: every change
-- to a fact recomputes the store-days it was and is in (refresh_rollups), so redelivered, reordered or replayed
-- events cannot count twice. All figures of an order belong to the day and hour it was placed (a cancellation or a
-- refund a week later changes that day's figures). A sale is an order confirmed and not cancelled.
CREATE TABLE sales_daily (
    store_id        UUID           NOT NULL,
    day             DATE           NOT NULL,
    payment_method  VARCHAR(20)    NOT NULL,
    delivery_type   VARCHAR(20)    NOT NULL,
    placed          INT            NOT NULL,
    orders          INT            NOT NULL,
    delivered       INT            NOT NULL,
    cancelled       INT            NOT NULL,
    items           INT            NOT NULL,
    gross_revenue   NUMERIC(14, 2) NOT NULL,
    discounts       NUMERIC(14, 2) NOT NULL,
    refunds         NUMERIC(14, 2) NOT NULL,
    refunded_orders INT            NOT NULL,
    net_revenue     NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (store_id, day, payment_method, delivery_type)
);

CREATE INDEX sales_daily_day ON sales_daily (day);

CREATE TABLE product_daily (
    store_id     UUID           NOT NULL,
    day          DATE           NOT NULL,
    product_id   UUID           NOT NULL,
    product_name VARCHAR(200)   NOT NULL,
    category_id  UUID,
    quantity     INT            NOT NULL,
    orders       INT            NOT NULL,
    revenue      NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (store_id, day, product_id)
);

CREATE INDEX product_daily_day ON product_daily (day);

CREATE TABLE hourly_sales (
    store_id UUID           NOT NULL,
    day      DATE           NOT NULL,
    hour     SMALLINT       NOT NULL CHECK (hour BETWEEN 0 AND 23),
    orders   INT            NOT NULL,
    revenue  NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (store_id, day, hour)
);

CREATE INDEX hourly_sales_day ON hourly_sales (day);

-- Order facts in their store's time: the day and hour each order belongs to.
CREATE VIEW order_facts_local AS
SELECT f.*,
       (f.placed_at AT TIME ZONE d.time_zone)::date                 AS local_day,
       extract(HOUR FROM f.placed_at AT TIME ZONE d.time_zone)::int AS local_hour,
       f.outcome IN ('CONFIRMED', 'DELIVERED')                      AS sale,
       COALESCE((SELECT sum(r.amount) FROM order_fact_refunds r WHERE r.order_id = f.order_id), 0) AS refunded
FROM order_facts f
JOIN store_directory d ON d.store_id = f.store_id
WHERE f.placed_at IS NOT NULL;

-- Recomputes the rollups of one store and day from the facts. No locks: callers hold them.
CREATE FUNCTION compute_rollups(p_store UUID, p_day DATE) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    zone      TEXT;
    day_start TIMESTAMPTZ;
    day_end   TIMESTAMPTZ;
BEGIN
    SELECT time_zone INTO zone FROM store_directory WHERE store_id = p_store;
    IF zone IS NULL THEN
        RAISE EXCEPTION 'store % is not in the store directory', p_store;
    END IF;
    day_start := p_day::timestamp AT TIME ZONE zone;
    day_end := (p_day + 1)::timestamp AT TIME ZONE zone;

    DELETE FROM sales_daily WHERE store_id = p_store AND day = p_day;
    DELETE FROM product_daily WHERE store_id = p_store AND day = p_day;
    DELETE FROM hourly_sales WHERE store_id = p_store AND day = p_day;

    INSERT INTO sales_daily (store_id, day, payment_method, delivery_type, placed, orders, delivered, cancelled, items,
                             gross_revenue, discounts, refunds, refunded_orders, net_revenue)
    SELECT p_store, p_day, COALESCE(o.payment_method, 'unknown'), COALESCE(o.delivery_type, 'unknown'),
           count(*),
           count(*) FILTER (WHERE o.sale),
           count(*) FILTER (WHERE o.outcome = 'DELIVERED'),
           count(*) FILTER (WHERE o.outcome = 'CANCELLED'),
           COALESCE(sum(o.items) FILTER (WHERE o.sale), 0),
           COALESCE(sum(o.total) FILTER (WHERE o.sale), 0),
           COALESCE(sum(COALESCE(o.discount, 0) + COALESCE(o.loyalty_discount, 0)) FILTER (WHERE o.sale), 0),
           COALESCE(sum(o.refunded), 0),
           count(*) FILTER (WHERE o.refunded > 0),
           COALESCE(sum(o.total - o.refunded) FILTER (WHERE o.sale), 0)
    FROM (SELECT o.*,
                 (SELECT COALESCE(sum(l.quantity), 0) FROM order_fact_lines l WHERE l.order_id = o.order_id) AS items
          FROM order_facts_local o
          WHERE o.store_id = p_store AND o.placed_at >= day_start AND o.placed_at < day_end) o
    GROUP BY 3, 4;

    INSERT INTO product_daily (store_id, day, product_id, product_name, category_id, quantity, orders, revenue)
    SELECT p_store, p_day, l.product_id, max(l.product_name), (array_agg(l.category_id ORDER BY f.placed_at DESC))[1],
           sum(l.quantity), count(DISTINCT f.order_id), sum(l.line_total)
    FROM order_facts f
    JOIN order_fact_lines l ON l.order_id = f.order_id
    WHERE f.store_id = p_store AND f.placed_at >= day_start AND f.placed_at < day_end
      AND f.outcome IN ('CONFIRMED', 'DELIVERED')
    GROUP BY l.product_id;

    INSERT INTO hourly_sales (store_id, day, hour, orders, revenue)
    SELECT p_store, p_day, extract(HOUR FROM f.placed_at AT TIME ZONE zone)::smallint, count(*),
           sum(f.total - COALESCE((SELECT sum(r.amount) FROM order_fact_refunds r WHERE r.order_id = f.order_id), 0))
    FROM order_facts f
    WHERE f.store_id = p_store AND f.placed_at >= day_start AND f.placed_at < day_end
      AND f.outcome IN ('CONFIRMED', 'DELIVERED')
    GROUP BY 3;
END;
$$;

-- Recomputes the rollups of the store-days the given moments fall on (in the store's time zone), in day order. Each
-- store-day is locked first, so two transactions changing facts of the same day recompute one after the other and
-- the later one sees the earlier one's facts. The shared lock lets a full refresh (below) wait for all of them.
CREATE FUNCTION refresh_rollups(p_store UUID, p_moments TIMESTAMPTZ[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    zone  TEXT;
    p_day DATE;
BEGIN
    SELECT time_zone INTO zone FROM store_directory WHERE store_id = p_store;
    IF zone IS NULL THEN
        RAISE EXCEPTION 'store % is not in the store directory', p_store;
    END IF;
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('analytics-rollups', 0));
    FOR p_day IN SELECT DISTINCT (m AT TIME ZONE zone)::date AS d FROM unnest(p_moments) AS m WHERE m IS NOT NULL
                 ORDER BY d LOOP
        PERFORM pg_advisory_xact_lock(hashtextextended('analytics-rollups:' || p_store || ':' || p_day, 0));
        PERFORM compute_rollups(p_store, p_day);
    END LOOP;
END;
$$;

-- Recomputes every rollup of one store (p_store) or of all stores (NULL) from the facts, alone: it waits for the
-- per-day refreshes under way and holds new ones back until it commits.
CREATE FUNCTION refresh_all_rollups(p_store UUID DEFAULT NULL) RETURNS INT LANGUAGE plpgsql AS $$
DECLARE
    r     RECORD;
    n     INT := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('analytics-rollups', 0));
    DELETE FROM sales_daily WHERE p_store IS NULL OR store_id = p_store;
    DELETE FROM product_daily WHERE p_store IS NULL OR store_id = p_store;
    DELETE FROM hourly_sales WHERE p_store IS NULL OR store_id = p_store;
    FOR r IN SELECT DISTINCT store_id, local_day FROM order_facts_local
             WHERE p_store IS NULL OR store_id = p_store ORDER BY store_id, local_day LOOP
        PERFORM compute_rollups(r.store_id, r.local_day);
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$$;
