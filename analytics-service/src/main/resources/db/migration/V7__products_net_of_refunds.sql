-- Product figures net of refunds, as net revenue is. product_daily summed the lines of every sale, refunded or not,
-- so best sellers, their shares and the product-sales report counted orders given back in full as revenue and
-- disagreed with net revenue (a store's top products could be two orders refunded in full).
--
-- An order refunded in full (refunds of at least its total) sold nothing: its lines count for no quantity, order or
-- revenue. A partial refund is of the order, not of a line (a refund names no line), so each line gives back the
-- refund's share of the order's total: a line's revenue is line_total * (total - refunded) / total, its quantity and
-- order still counted. Lines' revenue stays before tax, delivery fee and discounts, as before.
--
-- The rollups are recomputed below under the new rule, as V6 did.

-- As in V6, with the lines' revenue net of refunds.
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

    -- A sale with a refund and no total (none is known) cannot be shared out and is left out with those refunded in
    -- full.
    INSERT INTO product_daily (store_id, day, product_id, product_name, category_id, quantity, orders, revenue)
    SELECT p_store, p_day, l.product_id, max(l.product_name), (array_agg(l.category_id ORDER BY f.placed_at DESC))[1],
           sum(l.quantity), count(DISTINCT f.order_id),
           sum(CASE WHEN f.refunded > 0 THEN round(l.line_total * (f.total - f.refunded) / f.total, 2)
                    ELSE l.line_total END)
    FROM order_facts_local f
    JOIN order_fact_lines l ON l.order_id = f.order_id
    WHERE f.store_id = p_store AND f.placed_at >= day_start AND f.placed_at < day_end
      AND f.sale AND (f.refunded = 0 OR f.refunded < f.total)
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
