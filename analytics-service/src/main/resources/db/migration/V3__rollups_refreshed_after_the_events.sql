-- Rollups are recomputed a moment after the events, not in each event's transaction. Recomputing a store-day reads
-- every fact of that day, so doing it for every event made an event cost as much as its store's day had orders, and
-- held the day's lock meanwhile: at 4 000 orders in a day at one store, 16 events a second were all analytics could
-- apply (one PostgreSQL backend at 100 % CPU; scripts/benchmark-event-latency.sh). Now an event's transaction only
-- notes the moments it touched, and Rollups#refreshStale recomputes each store-day noted, once per pass, every 2 s.
-- A rollup row is still always what its facts say; it now says it up to a pass later.

-- Moments whose store-day changed since its rollups were computed. The day is worked out when the rollups are
-- recomputed, in the store's time zone then (a zone learnt in between still counts the order on the right day).
-- Rows are only ever added by events and removed by a refresh that has seen them, so noting never waits for anyone.
CREATE TABLE stale_rollups (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id UUID        NOT NULL,
    moment   TIMESTAMPTZ NOT NULL
);

CREATE INDEX stale_rollups_store ON stale_rollups (store_id);

-- Recomputes one store-day if moments on it are noted, and forgets those it saw. Only what was noted before the facts
-- were read is forgotten: a moment noted by a transaction that commits meanwhile stays for the next pass. Skips the
-- day (false) while another instance recomputes it or every rollup is being recomputed (refresh_all_rollups), so no
-- instance waits; the moments stay noted.
CREATE FUNCTION refresh_stale_rollups(p_store UUID, p_day DATE) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
DECLARE
    zone TEXT;
    seen BIGINT[];
BEGIN
    IF NOT pg_try_advisory_xact_lock_shared(hashtextextended('analytics-rollups', 0))
       OR NOT pg_try_advisory_xact_lock(hashtextextended('analytics-rollups:' || p_store || ':' || p_day, 0)) THEN
        RETURN false;
    END IF;
    SELECT time_zone INTO zone FROM store_directory WHERE store_id = p_store;
    SELECT array_agg(id) INTO seen FROM stale_rollups
    WHERE store_id = p_store AND (moment AT TIME ZONE zone)::date = p_day;
    IF seen IS NULL THEN
        RETURN false;
    END IF;
    PERFORM compute_rollups(p_store, p_day);
    DELETE FROM stale_rollups WHERE id = ANY (seen);
    RETURN true;
END;
$$;

-- The store-days noted, in their store's time zone now.
CREATE VIEW stale_rollup_days AS
SELECT DISTINCT s.store_id, (s.moment AT TIME ZONE d.time_zone)::date AS day
FROM stale_rollups s
JOIN store_directory d ON d.store_id = s.store_id;

-- Each event's own recomputation is gone.
DROP FUNCTION refresh_rollups(UUID, TIMESTAMPTZ[]);
