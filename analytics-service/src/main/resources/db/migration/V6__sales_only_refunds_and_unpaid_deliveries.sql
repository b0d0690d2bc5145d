-- Two corrections to what the rollups count.
--
-- A cash-on-delivery order handed over without its cash collected (OrderDelivered with cashCollected false) brought
-- no money in: it is no sale and no revenue. Its fact now ends DELIVERED_UNPAID (OrderFact keeps the delivery's word
-- in cash_uncollected, so the outcome is the same in any event order), and each day's rollup counts such orders and
-- the cash they left outstanding apart from the sales, for the staff to chase.
--
-- Refunds (and refunded orders) are those of sales only, as net revenue always was: a cancelled order refunded after
-- payment was never in gross revenue, so counting its refund made gross - refunds differ from net revenue.
--
-- The rollups are recomputed below under the new rules. Facts recorded before this migration do not know whether
-- their cash was collected and stay DELIVERED until a rebuild (POST /api/v1/admin/rebuild) reads them again from the
-- topics.

ALTER TABLE order_facts ADD COLUMN cash_uncollected BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE order_facts DROP CONSTRAINT order_facts_outcome_check;
ALTER TABLE order_facts ADD CONSTRAINT order_facts_outcome_check
    CHECK (outcome IN ('PENDING', 'CONFIRMED', 'DELIVERED', 'DELIVERED_UNPAID', 'CANCELLED'));

ALTER TABLE sales_daily ADD COLUMN unpaid_deliveries INT NOT NULL DEFAULT 0;
ALTER TABLE sales_daily ADD COLUMN uncollected_cash NUMERIC(14, 2) NOT NULL DEFAULT 0;

-- As in V1, with refunds and refunded orders of sales only, and the deliveries whose cash was not collected.
CREATE OR REPLACE FUNCTION compute_rollups(p_store UUID, p_day DATE) RETURNS void LANGUAGE plpgsql AS $$
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
                             gross_revenue, discounts, refunds, refunded_orders, net_revenue, unpaid_deliveries,
                             uncollected_cash)
    SELECT p_store, p_day, COALESCE(o.payment_method, 'unknown'), COALESCE(o.delivery_type, 'unknown'),
           count(*),
           count(*) FILTER (WHERE o.sale),
           count(*) FILTER (WHERE o.outcome = 'DELIVERED'),
           count(*) FILTER (WHERE o.outcome = 'CANCELLED'),
           COALESCE(sum(o.items) FILTER (WHERE o.sale), 0),
           COALESCE(sum(o.total) FILTER (WHERE o.sale), 0),
           COALESCE(sum(COALESCE(o.discount, 0) + COALESCE(o.loyalty_discount, 0)) FILTER (WHERE o.sale), 0),
           COALESCE(sum(o.refunded) FILTER (WHERE o.sale), 0),
           count(*) FILTER (WHERE o.sale AND o.refunded > 0),
           COALESCE(sum(o.total - o.refunded) FILTER (WHERE o.sale), 0),
           count(*) FILTER (WHERE o.outcome = 'DELIVERED_UNPAID'),
           COALESCE(sum(o.total) FILTER (WHERE o.outcome = 'DELIVERED_UNPAID'), 0)
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

SELECT refresh_all_rollups();
