-- Demo data for the local platform (profile "demo" only): eight weeks of business at the four demo stores, so the
-- dashboard has a story on first run. Facts are marked origin 'demo': they were never events, so a rebuild keeps
-- them (it replaces only what the topics said). Everything is relative to the moment this runs and drawn from a
-- seeded random sequence, so every fresh platform gets the same shape of history:
--   * Manek Chowk (1) is the busy evening stall of the night market; CG Road (2) is closed on Mondays; Bandra
--     West (3) keeps Mumbai's lunch and evening rush; Kalupur Station (4) is open around the clock for the trains;
--   * weekends are busier, business grows by about half over the eight weeks, and so does the customer base;
--   * about 5% of orders are cancelled, 2% after payment (refunded), 1.5% delivered with a partial refund;
--   * the products and prices are the demo menu's (inventory-service V1000), the customers a pool of regulars and
--     newcomers, and the visits (the apps' funnel events) about 3.6 per order placed;
--   * the demo customer's five orders of order-service's demo data are here as they are there.

SELECT setseed(0.42);

-- The stores, as the store service describes them (so no lookup is needed for the demo).
INSERT INTO store_directory (store_id, name, time_zone, known, checked_at)
VALUES ('a1000000-0000-4000-8000-000000000001', 'Jain Shikanji Manek Chowk', 'Asia/Kolkata', true, now()),
       ('a1000000-0000-4000-8000-000000000002', 'Jain Shikanji CG Road', 'Asia/Kolkata', true, now()),
       ('a1000000-0000-4000-8000-000000000003', 'Jain Shikanji Bandra West', 'Asia/Kolkata', true, now()),
       ('a1000000-0000-4000-8000-000000000004', 'Jain Shikanji Kalupur Station', 'Asia/Kolkata', true, now());

-- Who manages what: the store service's demo rows are inserted directly there, so no StaffAssigned event ever
-- tells this service. The demo manager runs Manek Chowk (1) and Kalupur Station (4); the rider is no manager.
INSERT INTO staff_memberships (user_id, store_id, staff_id, role, active, revision, changed_at)
VALUES ('c0000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000001',
        'a3000000-0000-4000-8000-000000000001', 'MANAGER', true, 0, now()),
       ('c0000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000004',
        'a3000000-0000-4000-8000-000000000002', 'MANAGER', true, 1, now()),
       ('c0000000-0000-4000-8000-000000000004', 'a1000000-0000-4000-8000-000000000004',
        'a3000000-0000-4000-8000-000000000003', 'DELIVERY', true, 1, now());

CREATE TEMPORARY TABLE demo_store (
    no        INT PRIMARY KEY,
    id        UUID,
    per_day   NUMERIC,    -- orders on an ordinary weekday eight weeks ago
    fee       NUMERIC,    -- delivery fee
    free_from NUMERIC,    -- free delivery from this subtotal
    pickup    NUMERIC,    -- share of pickups
    dine_in   NUMERIC     -- share of dine-in
) ON COMMIT DROP;

INSERT INTO demo_store VALUES
    (1, 'a1000000-0000-4000-8000-000000000001', 28, 30, 500, 0.40, 0.20),
    (2, 'a1000000-0000-4000-8000-000000000002', 18, 25, 400, 0.30, 0.25),
    (3, 'a1000000-0000-4000-8000-000000000003', 22, 40, 600, 0.25, 0.10),
    (4, 'a1000000-0000-4000-8000-000000000004', 15, 15, 300, 0.55, 0.05);

-- When orders come in, per store: relative weight of each local hour.
CREATE TEMPORARY TABLE demo_hour (store_no INT, hour INT, weight NUMERIC) ON COMMIT DROP;

INSERT INTO demo_hour
SELECT s.no, h.hour,
       CASE s.no
           WHEN 1 THEN (ARRAY[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,6,8,11,14,15,12,6])[h.hour + 1]
           WHEN 2 THEN (ARRAY[0,0,0,0,0,0,0,0,0,2,4,6,9,10,8,5,4,6,8,9,7,4,2,0])[h.hour + 1]
           WHEN 3 THEN (ARRAY[0,0,0,0,0,0,0,0,2,3,4,6,9,11,10,6,5,6,9,11,10,7,4,0])[h.hour + 1]
           ELSE (ARRAY[2,1,1,1,1,2,5,7,6,4,3,3,5,6,5,3,3,4,6,7,7,5,4,3])[h.hour + 1]
       END
FROM demo_store s CROSS JOIN generate_series(0, 23) AS h(hour);

CREATE TEMPORARY TABLE demo_hour_cumulative ON COMMIT DROP AS
SELECT store_no, hour,
       sum(weight) OVER (PARTITION BY store_no ORDER BY hour) / sum(weight) OVER (PARTITION BY store_no) AS upto
FROM demo_hour WHERE weight > 0;

-- The demo menu: number, name, category, price.
CREATE TEMPORARY TABLE demo_product (no INT PRIMARY KEY, name TEXT, category INT, price NUMERIC) ON COMMIT DROP;

INSERT INTO demo_product VALUES
    (1, 'Classic Shikanji', 1, 40), (2, 'Masala Shikanji', 1, 50), (3, 'Pudina Shikanji', 1, 55),
    (4, 'Adrak Shikanji', 1, 55), (5, 'Kesar Shikanji', 1, 80), (6, 'Jain Special Shikanji', 1, 60),
    (7, 'Nimbu Pani', 2, 30), (8, 'Virgin Mint Mojito', 2, 90), (9, 'Strawberry Lemonade', 2, 110),
    (10, 'Blue Lagoon Lemonade', 2, 100), (11, 'Honey Lemonade', 2, 70), (12, 'Banta (Goli Soda)', 3, 35),
    (13, 'Masala Soda', 3, 45), (14, 'Jeera Soda', 3, 45), (15, 'Orange Banta', 3, 40), (16, 'Jaljeera', 4, 40),
    (17, 'Kala Khatta', 4, 50), (18, 'Aam Panna', 4, 60), (19, 'Kokum Sharbat', 4, 55), (20, 'Bel Sharbat', 4, 60),
    (21, 'Chaas', 5, 30), (22, 'Masala Chaas', 5, 40), (23, 'Sweet Lassi', 5, 70), (24, 'Kesar Pista Lassi', 5, 95),
    (25, 'Methi Khakhra', 6, 60), (26, 'Masala Khakhra', 6, 60), (27, 'Khaman Dhokla', 6, 70),
    (28, 'Moong Dal Kachori', 6, 40), (29, 'Kacha Kela Samosa', 6, 35), (30, 'Jain Pav Bhaji', 6, 140),
    (31, 'Khandvi', 6, 80), (32, 'Jain Veg Sandwich', 6, 90), (33, 'Jain Bhel Puri', 7, 60), (34, 'Sev Puri', 7, 70),
    (35, 'Dahi Puri', 7, 80), (36, 'Jain Pani Puri', 7, 60);

-- How often each product is picked: the shikanjis and the masala soda sell best, the odd mocktail rarely.
CREATE TEMPORARY TABLE demo_pick ON COMMIT DROP AS
SELECT ARRAY[2,2,2,2,2,2,2,2,1,1,1,1,1,1,13,13,13,13,12,12,12,22,22,22,36,36,36,27,27,3,3,6,6,5,5,7,7,7,16,16,17,
             18,19,20,21,21,23,23,24,25,26,28,28,29,30,31,32,33,33,34,35,4,8,9,10,11,14,15] AS products;

-- The orders: per store and day, a count around the store's rate (weekends busier, growing 1% a day); CG Road
-- closed on Mondays; nothing placed after this moment.
CREATE TEMPORARY TABLE demo_order ON COMMIT DROP AS
WITH days AS (
    SELECT s.*, d.ago, ((now() AT TIME ZONE 'Asia/Kolkata')::date - d.ago) AS day,
           round(s.per_day * (1 + 0.01 * (55 - d.ago))
                 * CASE extract(ISODOW FROM (now() AT TIME ZONE 'Asia/Kolkata')::date - d.ago)
                       WHEN 5 THEN 1.15 WHEN 6 THEN 1.4 WHEN 7 THEN 1.35 ELSE 1 END
                 * (0.85 + random() * 0.3))::int AS orders
    FROM demo_store s CROSS JOIN generate_series(0, 55) AS d(ago)),
drawn AS (
    SELECT d.no AS store_no, d.id AS store_id, d.ago, d.day, d.fee, d.free_from, d.pickup, d.dine_in, n.n,
           random() AS r_hour, random() AS r_minute, random() AS r_customer, random() AS r_outcome,
           random() AS r_method, random() AS r_type, random() AS r_lines, random() AS r_discount
    FROM days d CROSS JOIN LATERAL generate_series(1, d.orders) AS n(n)
    WHERE NOT (d.no = 2 AND extract(ISODOW FROM d.day) = 1))
SELECT md5('demo-order:' || store_no || ':' || day || ':' || n)::uuid AS order_id,
       'ORD' || to_char(day, 'YYYYMMDD') || '-7' || store_no || lpad(n::text, 4, '0') AS order_number,
       store_no, store_id, day, fee, free_from, pickup, dine_in, r_outcome, r_method, r_type, r_lines, r_discount,
       ((day + make_interval(hours => (SELECT min(c.hour) FROM demo_hour_cumulative c
                                        WHERE c.store_no = drawn.store_no AND c.upto >= r_hour),
                             mins => floor(r_minute * 60)::int)) AT TIME ZONE 'Asia/Kolkata') AS placed_at,
       -- Regulars (the low numbers) come back often, newcomers once or twice; the pool grows day by day.
       md5('demo-customer:' || (1 + floor((300 + 40 * (55 - ago)) * r_customer * r_customer))::int)::uuid
           AS customer_id
FROM drawn;

DELETE FROM demo_order WHERE placed_at > now();

-- What was ordered: one to three lines, mostly one or two units each.
CREATE TEMPORARY TABLE demo_line ON COMMIT DROP AS
SELECT o.order_id, l.line, p.no AS product_no, p.name, p.category, p.price,
       (ARRAY[1, 1, 1, 1, 2, 2, 2, 3])[1 + floor(random() * 8)::int] AS quantity
FROM demo_order o
CROSS JOIN LATERAL generate_series(0, CASE WHEN o.r_lines < 0.45 THEN 0 WHEN o.r_lines < 0.85 THEN 1 ELSE 2 END)
    AS l(line)
-- (The lateral pick names the line, so it is drawn again for every line rather than once.)
CROSS JOIN LATERAL (SELECT k.products[1 + floor(random() * array_length(k.products, 1))::int] AS no
                    FROM demo_pick k WHERE l.line >= 0) pick
JOIN demo_product p ON p.no = pick.no;

INSERT INTO order_facts (order_id, order_number, store_id, customer_id, delivery_type, payment_method, placed_at,
                         placed_at_known, confirmed_at, delivered_at, cancelled_at, cancelled_by, status,
                         status_sequence, outcome, subtotal, tax, delivery_fee, discount, loyalty_discount, total,
                         paid_amount, paid_at, failed_payments, origin, updated_at)
SELECT o.order_id, o.order_number, o.store_id, o.customer_id, o.delivery_type, o.payment_method, o.placed_at, true,
       CASE WHEN o.confirmed THEN o.placed_at + interval '1 minute' END,
       CASE WHEN o.outcome = 'DELIVERED' THEN o.placed_at + interval '32 minutes' END,
       CASE WHEN o.outcome = 'CANCELLED' THEN o.placed_at + interval '4 minutes' END,
       CASE WHEN o.outcome = 'CANCELLED' THEN (CASE WHEN o.paid THEN 'staff' ELSE 'customer' END) END,
       CASE o.outcome WHEN 'DELIVERED' THEN 'delivered' WHEN 'CONFIRMED' THEN 'preparing'
                      WHEN 'PENDING' THEN 'pending' ELSE CASE WHEN o.paid THEN 'refunded' ELSE 'cancelled' END END,
       CASE o.outcome WHEN 'DELIVERED' THEN 4 WHEN 'CONFIRMED' THEN 1 WHEN 'PENDING' THEN 0 ELSE 2 END,
       o.outcome, o.subtotal, o.tax, o.delivery_fee, o.discount, 0, o.subtotal + o.tax + o.delivery_fee - o.discount,
       CASE WHEN o.paid THEN o.subtotal + o.tax + o.delivery_fee - o.discount END,
       CASE WHEN o.paid THEN o.placed_at + interval '1 minute' END,
       CASE WHEN o.r_outcome BETWEEN 0.03 AND 0.035 THEN 1 ELSE 0 END,
       'demo', now()
FROM (
    SELECT o.*,
           -- Online orders are paid once confirmed (the cancelled ones among them were refunded); cash once
           -- delivered.
           CASE WHEN o.payment_method = 'cod' THEN o.outcome = 'DELIVERED'
                ELSE o.outcome IN ('CONFIRMED', 'DELIVERED') OR (o.outcome = 'CANCELLED' AND o.r_outcome >= 0.03)
           END AS paid,
           o.outcome IN ('CONFIRMED', 'DELIVERED')
               OR (o.outcome = 'CANCELLED' AND (o.payment_method = 'cod' OR o.r_outcome >= 0.03)) AS confirmed
    FROM (
        SELECT o.*, t.delivery_type, m.payment_method, sub.subtotal,
               round(sub.subtotal * 0.05, 2) AS tax,
               CASE WHEN t.delivery_type = 'delivery' AND sub.subtotal < o.free_from THEN o.fee ELSE 0 END
                   AS delivery_fee,
               CASE WHEN o.r_discount < 0.1 THEN least(round(sub.subtotal * 0.1, 2), 50) ELSE 0 END AS discount,
               CASE WHEN o.r_outcome < 0.03 THEN 'CANCELLED'
                    WHEN o.r_outcome < 0.05 AND m.payment_method <> 'cod' THEN 'CANCELLED'
                    WHEN o.placed_at > now() - interval '8 minutes' AND m.payment_method <> 'cod' THEN 'PENDING'
                    WHEN o.placed_at > now() - interval '40 minutes' THEN 'CONFIRMED'
                    ELSE 'DELIVERED' END AS outcome
        FROM demo_order o
        CROSS JOIN LATERAL (SELECT CASE WHEN o.r_type < o.pickup THEN 'pickup'
                                        WHEN o.r_type < o.pickup + o.dine_in THEN 'dine-in'
                                        ELSE 'delivery' END AS delivery_type) t
        CROSS JOIN LATERAL (SELECT CASE WHEN o.r_method < 0.55 THEN 'upi' WHEN o.r_method < 0.70 THEN 'card'
                                        WHEN o.r_method < 0.73 THEN 'netbanking' WHEN o.r_method < 0.80 THEN 'wallet'
                                        ELSE 'cod' END AS payment_method) m
        CROSS JOIN LATERAL (SELECT sum(l.price * l.quantity) AS subtotal FROM demo_line l
                            WHERE l.order_id = o.order_id) sub
    ) o
) o;

INSERT INTO order_fact_lines (order_id, line_no, product_id, product_name, category_id, quantity, line_total)
SELECT l.order_id, l.line, ('e2000000-0000-4000-8000-0000000000' || lpad(l.product_no::text, 2, '0'))::uuid, l.name,
       ('e1000000-0000-4000-8000-00000000000' || l.category)::uuid, l.quantity, l.price * l.quantity
FROM demo_line l;

-- Money given back: in full for orders cancelled after payment (a day later), in part (a third of the items) for a
-- few delivered ones that disappointed.
INSERT INTO order_fact_refunds (refund_id, order_id, amount, processed_at)
SELECT md5('demo-refund:' || f.order_id)::uuid, f.order_id,
       CASE WHEN f.outcome = 'CANCELLED' THEN f.paid_amount ELSE round(f.subtotal / 3, 2) END,
       CASE WHEN f.outcome = 'CANCELLED' THEN f.cancelled_at + interval '1 day' ELSE f.delivered_at + interval '2 hours' END
FROM order_facts f JOIN demo_order o ON o.order_id = f.order_id
WHERE f.paid_amount IS NOT NULL
  AND ((f.outcome = 'CANCELLED') OR (f.outcome = 'DELIVERED' AND o.r_outcome BETWEEN 0.05 AND 0.065))
  AND (CASE WHEN f.outcome = 'CANCELLED' THEN f.cancelled_at + interval '1 day'
            ELSE f.delivered_at + interval '2 hours' END) <= now();

-- The demo customer's orders, as order-service's demo data has them (ids, stores, amounts, what became of them).
INSERT INTO order_facts (order_id, order_number, store_id, customer_id, delivery_type, payment_method, placed_at,
                         placed_at_known, confirmed_at, delivered_at, cancelled_at, cancelled_by, status,
                         status_sequence, outcome, subtotal, tax, delivery_fee, discount, loyalty_discount, total,
                         paid_amount, paid_at, failed_payments, origin, updated_at)
SELECT o.id, 'ORD' || to_char((now() - o.number_day) AT TIME ZONE 'Asia/Kolkata', 'YYYYMMDD') || '-' || o.number,
       o.store_id, 'c0000000-0000-4000-8000-000000000003', o.type, o.method, o.placed, true,
       CASE WHEN o.status <> 'cancelled' THEN o.placed + interval '1 minute' END,
       CASE WHEN o.status = 'delivered' THEN o.placed + interval '31 minutes' END,
       CASE WHEN o.status IN ('cancelled', 'refunded') THEN o.placed + interval '4 minutes' END,
       CASE o.status WHEN 'cancelled' THEN 'customer' WHEN 'refunded' THEN 'staff' END,
       o.status, o.sequence,
       CASE o.status WHEN 'delivered' THEN 'DELIVERED' WHEN 'preparing' THEN 'CONFIRMED' ELSE 'CANCELLED' END,
       o.subtotal, o.tax, o.fee, 0, 0, o.subtotal + o.tax + o.fee,
       CASE WHEN o.status IN ('delivered', 'refunded') THEN o.subtotal + o.tax + o.fee END,
       CASE WHEN o.status IN ('delivered', 'refunded') THEN o.placed + interval '1 minute' END,
       0, 'demo', now()
FROM (VALUES
    ('0d000000-0000-4000-8000-000000000001'::uuid, interval '3 days', '900001',
     'a1000000-0000-4000-8000-000000000004'::uuid, 'delivered', 4, 'cod', 'delivery', 170.00, 8.50, 15.00,
     now() - interval '3 days'),
    ('0d000000-0000-4000-8000-000000000002'::uuid, interval '2 days', '900002',
     'a1000000-0000-4000-8000-000000000001'::uuid, 'delivered', 4, 'upi', 'pickup', 140.00, 7.00, 0.00,
     now() - interval '2 days'),
    ('0d000000-0000-4000-8000-000000000003'::uuid, interval '1 day', '900003',
     'a1000000-0000-4000-8000-000000000001'::uuid, 'cancelled', 1, 'upi', 'pickup', 50.00, 2.50, 0.00,
     now() - interval '1 day'),
    ('0d000000-0000-4000-8000-000000000004'::uuid, interval '4 days', '900004',
     'a1000000-0000-4000-8000-000000000002'::uuid, 'refunded', 3, 'card', 'dine-in', 90.00, 4.50, 0.00,
     now() - interval '4 days'),
    ('0d000000-0000-4000-8000-000000000005'::uuid, interval '0 days', '900005',
     'a1000000-0000-4000-8000-000000000004'::uuid, 'preparing', 1, 'cod', 'delivery', 80.00, 4.00, 15.00,
     now() - interval '10 minutes')
) AS o(id, number_day, number, store_id, status, sequence, method, type, subtotal, tax, fee, placed);

INSERT INTO order_fact_lines (order_id, line_no, product_id, product_name, category_id, quantity, line_total)
VALUES ('0d000000-0000-4000-8000-000000000001', 0, 'e2000000-0000-4000-8000-000000000002', 'Masala Shikanji',
        'e1000000-0000-4000-8000-000000000001', 2, 140.00),
       ('0d000000-0000-4000-8000-000000000001', 1, 'e2000000-0000-4000-8000-000000000007', 'Nimbu Pani',
        'e1000000-0000-4000-8000-000000000002', 1, 30.00),
       ('0d000000-0000-4000-8000-000000000002', 0, 'e2000000-0000-4000-8000-000000000001', 'Classic Shikanji',
        'e1000000-0000-4000-8000-000000000001', 2, 80.00),
       ('0d000000-0000-4000-8000-000000000002', 1, 'e2000000-0000-4000-8000-000000000036', 'Jain Pani Puri',
        'e1000000-0000-4000-8000-000000000007', 1, 60.00),
       ('0d000000-0000-4000-8000-000000000003', 0, 'e2000000-0000-4000-8000-000000000002', 'Masala Shikanji',
        'e1000000-0000-4000-8000-000000000001', 1, 50.00),
       ('0d000000-0000-4000-8000-000000000004', 0, 'e2000000-0000-4000-8000-000000000007', 'Nimbu Pani',
        'e1000000-0000-4000-8000-000000000002', 3, 90.00),
       ('0d000000-0000-4000-8000-000000000005', 0, 'e2000000-0000-4000-8000-000000000001', 'Classic Shikanji',
        'e1000000-0000-4000-8000-000000000001', 2, 80.00);

INSERT INTO order_fact_refunds (refund_id, order_id, amount, processed_at)
VALUES (md5('demo-refund:0d000000-0000-4000-8000-000000000004')::uuid, '0d000000-0000-4000-8000-000000000004',
        94.50, now() - interval '3 days');

-- Accounts: every customer who ordered registered a little before their first order; some never ordered (yet).
INSERT INTO customer_facts (customer_id, registered_at, origin)
SELECT customer_id, min(placed_at) - random() * interval '3 days', 'demo'
FROM order_facts WHERE origin = 'demo' AND customer_id IS NOT NULL
GROUP BY customer_id;

INSERT INTO customer_facts (customer_id, registered_at, origin)
SELECT md5('demo-visitor:' || n)::uuid, now() - random() * interval '55 days', 'demo'
FROM generate_series(1, 160) AS n(n);

-- Visits: about 3.6 per order placed at the store that day, at the same hours; each views a product or more,
-- 48% add to the cart, 31% start a checkout.
CREATE TEMPORARY TABLE demo_session ON COMMIT DROP AS
SELECT md5('demo-session:' || o.store_id || ':' || o.day || ':' || n)::text AS session_id, o.store_no, o.store_id,
       o.placed_at + (random() - 0.5) * interval '50 minutes' AS started_at, random() AS r_depth,
       random() AS r_platform
FROM (SELECT store_id, day, count(*) AS orders FROM demo_order GROUP BY store_id, day) d
CROSS JOIN LATERAL generate_series(1, round(d.orders * (3.3 + random() * 0.6))::int) AS n(n)
CROSS JOIN LATERAL (SELECT o.store_no, o.store_id, o.day, o.placed_at FROM demo_order o
                    WHERE o.store_id = d.store_id AND o.day = d.day
                    ORDER BY md5(o.order_id::text || n) LIMIT 1) o;

DELETE FROM demo_session WHERE started_at > now();

INSERT INTO funnel_events (type, session_id, customer_id, store_id, product_id, quantity, platform, occurred_at)
SELECT e.type, s.session_id, NULL, s.store_id,
       CASE WHEN e.type <> 'checkout_started' THEN
           ('e2000000-0000-4000-8000-0000000000'
               || lpad(k.products[1 + floor(random() * array_length(k.products, 1))::int]::text, 2, '0'))::uuid END,
       CASE WHEN e.type = 'added_to_cart' THEN 1 END,
       CASE WHEN s.r_platform < 0.62 THEN 'android' WHEN s.r_platform < 0.8 THEN 'ios' ELSE 'web' END,
       s.started_at + e.after
FROM demo_session s
JOIN (VALUES ('product_viewed', interval '0 seconds', 1.0), ('product_viewed', interval '40 seconds', 0.55),
             ('added_to_cart', interval '90 seconds', 0.48), ('checkout_started', interval '3 minutes', 0.31))
    AS e(type, after, reach) ON s.r_depth < e.reach
CROSS JOIN demo_pick k
WHERE s.started_at + e.after <= now();

SELECT refresh_all_rollups();
