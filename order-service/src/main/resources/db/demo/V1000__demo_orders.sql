-- Demo data for the local platform (profile "demo" only): the staff roster the store service's demo data holds (its
-- rows are inserted there directly, so no StaffAssigned event ever tells this service), and a few past orders of
-- the demo customer (c0000000-...-000000000003, Asha Jain) in several states, priced from the demo menu
-- (inventory-service's V1000; option ids are md5('<product id>:<customization>:<option>')::uuid there too).
-- Order numbers end in 9000NN, far above any real day's count, so they never meet a number the service hands out.

-- Who works where as what: the demo manager at Manek Chowk (1) and Kalupur Station (4), and the demo rider at (4).
INSERT INTO staff_memberships (user_id, store_id, staff_id, role, active, revision, changed_at)
VALUES ('c0000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000001',
        'a3000000-0000-4000-8000-000000000001', 'MANAGER', true, 0, now()),
       ('c0000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000004',
        'a3000000-0000-4000-8000-000000000002', 'MANAGER', true, 1, now()),
       ('c0000000-0000-4000-8000-000000000004', 'a1000000-0000-4000-8000-000000000004',
        'a3000000-0000-4000-8000-000000000003', 'DELIVERY', true, 1, now());

CREATE TEMPORARY TABLE demo_order (
    id           UUID,
    number_day   INTERVAL,
    number       TEXT,
    store_id     UUID,
    status       TEXT,
    payment      TEXT,
    method       TEXT,
    type         TEXT,
    subtotal     DECIMAL(10, 2),
    tax          DECIMAL(10, 2),
    fee          DECIMAL(10, 2),
    placed       TIMESTAMPTZ
) ON COMMIT DROP;

INSERT INTO demo_order VALUES
    -- Delivered to the customer's home by the Kalupur Station rider, cash collected on delivery.
    ('0d000000-0000-4000-8000-000000000001', interval '3 days', '900001', 'a1000000-0000-4000-8000-000000000004',
     'delivered', 'completed', 'cod', 'delivery', 170.00, 8.50, 15.00, now() - interval '3 days'),
    -- Collected at Manek Chowk, paid by UPI.
    ('0d000000-0000-4000-8000-000000000002', interval '2 days', '900002', 'a1000000-0000-4000-8000-000000000001',
     'delivered', 'completed', 'upi', 'pickup', 140.00, 7.00, 0.00, now() - interval '2 days'),
    -- Cancelled by the customer before paying.
    ('0d000000-0000-4000-8000-000000000003', interval '1 day', '900003', 'a1000000-0000-4000-8000-000000000001',
     'cancelled', 'pending', 'upi', 'pickup', 50.00, 2.50, 0.00, now() - interval '1 day'),
    -- Paid by card, rejected by CG Road (out of lemons), refunded.
    ('0d000000-0000-4000-8000-000000000004', interval '4 days', '900004', 'a1000000-0000-4000-8000-000000000002',
     'refunded', 'refunded', 'card', 'dine-in', 90.00, 4.50, 0.00, now() - interval '4 days'),
    -- Being prepared at Kalupur Station right now: in the demo manager's kitchen queue.
    ('0d000000-0000-4000-8000-000000000005', interval '0 days', '900005', 'a1000000-0000-4000-8000-000000000004',
     'preparing', 'pending', 'cod', 'delivery', 80.00, 4.00, 15.00, now() - interval '10 minutes');

INSERT INTO orders (id, order_number, customer_id, customer_name, customer_email, customer_phone, store_id, status,
    status_sequence, payment_status, payment_method, payment_id, subtotal, tax, delivery_fee, total, delivery_address,
    delivery_type, estimated_delivery_time, accepted_at, preparing_at, ready_at, dispatched_at, delivered_at,
    cancelled_at, refunded_at, delivery_person_id, cancellation_reason, cancelled_by, created_at, updated_at)
SELECT o.id,
       'ORD' || to_char((now() - o.number_day) AT TIME ZONE 'Asia/Kolkata', 'YYYYMMDD') || '-' || o.number,
       'c0000000-0000-4000-8000-000000000003', 'Asha Jain', 'customer@jainshikanji.local', '+919800000003',
       o.store_id, o.status, 0, o.payment, o.method,
       CASE WHEN o.payment IN ('completed', 'refunded') AND o.method <> 'cod'
            THEN md5(o.id::text || ':payment')::uuid END,
       o.subtotal, o.tax, o.fee, o.subtotal + o.tax + o.fee,
       CASE o.type WHEN 'delivery' THEN jsonb_build_object('addressId', 'd1000000-0000-4000-8000-000000000001',
            'label', 'Home', 'line1', '14 Ratanpole, near Manek Chowk', 'city', 'Ahmedabad', 'state', 'Gujarat',
            'postalCode', '380001', 'country', 'India') END,
       o.type, o.placed + interval '30 minutes',
       CASE WHEN o.status <> 'cancelled' THEN o.placed + interval '1 minute' END,
       CASE WHEN o.status IN ('delivered', 'preparing') THEN o.placed + interval '3 minutes' END,
       CASE WHEN o.status = 'delivered' THEN o.placed + interval '12 minutes' END,
       CASE WHEN o.status = 'delivered' AND o.type = 'delivery' THEN o.placed + interval '14 minutes' END,
       CASE WHEN o.status = 'delivered' THEN o.placed + interval '31 minutes' END,
       CASE WHEN o.status IN ('cancelled', 'refunded') THEN o.placed + interval '4 minutes' END,
       CASE WHEN o.status = 'refunded' THEN o.placed + interval '1 day' END,
       CASE WHEN o.type = 'delivery' AND o.status = 'delivered' THEN 'c0000000-0000-4000-8000-000000000004'::uuid END,
       CASE o.status WHEN 'cancelled' THEN 'Ordered by mistake' WHEN 'refunded' THEN 'Out of lemons' END,
       CASE o.status WHEN 'cancelled' THEN 'customer' WHEN 'refunded' THEN 'staff' END,
       o.placed, o.placed + interval '31 minutes'
FROM demo_order o;

INSERT INTO order_items (id, order_id, line_number, product_id, product_name, product_sku, category_id, unit_price,
    quantity, subtotal, customizations, special_instructions, created_at)
SELECT md5(i.order_id::text || ':' || i.line)::uuid, i.order_id, i.line, i.product_id, i.name, i.sku, i.category_id,
       i.unit_price, i.quantity, i.unit_price * i.quantity,
       CASE WHEN i.option_key IS NULL THEN '[]'::jsonb
            ELSE jsonb_build_array(jsonb_build_object(
                'optionId', md5(i.product_id::text || ':' || i.option_key)::uuid,
                'customization', i.customization, 'name', i.option_name, 'priceModifier', i.modifier)) END,
       i.instructions, o.placed
FROM (VALUES
    ('0d000000-0000-4000-8000-000000000001'::uuid, 1, 'e2000000-0000-4000-8000-000000000002'::uuid,
     'Masala Shikanji', 'JS-SHI-002', 'e1000000-0000-4000-8000-000000000001'::uuid, 70.00, 2,
     'size:large', 'Size', 'Large (500 ml)', 20.00, 'Less ice'),
    ('0d000000-0000-4000-8000-000000000001'::uuid, 2, 'e2000000-0000-4000-8000-000000000007'::uuid,
     'Nimbu Pani', 'JS-LEM-007', 'e1000000-0000-4000-8000-000000000002'::uuid, 30.00, 1,
     NULL, NULL, NULL, NULL, NULL),
    ('0d000000-0000-4000-8000-000000000002'::uuid, 1, 'e2000000-0000-4000-8000-000000000001'::uuid,
     'Classic Shikanji', 'JS-SHI-001', 'e1000000-0000-4000-8000-000000000001'::uuid, 40.00, 2,
     'size:regular', 'Size', 'Regular (300 ml)', 0.00, NULL),
    ('0d000000-0000-4000-8000-000000000002'::uuid, 2, 'e2000000-0000-4000-8000-000000000036'::uuid,
     'Jain Pani Puri', 'JS-CHT-036', 'e1000000-0000-4000-8000-000000000007'::uuid, 60.00, 1,
     'spice:medium', 'Spice level', 'Medium', 0.00, NULL),
    ('0d000000-0000-4000-8000-000000000003'::uuid, 1, 'e2000000-0000-4000-8000-000000000002'::uuid,
     'Masala Shikanji', 'JS-SHI-002', 'e1000000-0000-4000-8000-000000000001'::uuid, 50.00, 1,
     'size:regular', 'Size', 'Regular (300 ml)', 0.00, NULL),
    ('0d000000-0000-4000-8000-000000000004'::uuid, 1, 'e2000000-0000-4000-8000-000000000007'::uuid,
     'Nimbu Pani', 'JS-LEM-007', 'e1000000-0000-4000-8000-000000000002'::uuid, 30.00, 3,
     NULL, NULL, NULL, NULL, NULL),
    ('0d000000-0000-4000-8000-000000000005'::uuid, 1, 'e2000000-0000-4000-8000-000000000001'::uuid,
     'Classic Shikanji', 'JS-SHI-001', 'e1000000-0000-4000-8000-000000000001'::uuid, 40.00, 2,
     'size:regular', 'Size', 'Regular (300 ml)', 0.00, 'No sugar for one of them')
) AS i(order_id, line, product_id, name, sku, category_id, unit_price, quantity, option_key, customization,
       option_name, modifier, instructions)
JOIN demo_order o ON o.id = i.order_id;

-- Each order's history, step by step, as the service would have written it.
INSERT INTO order_timeline (id, order_id, status, note, updated_by, updated_by_name, updated_by_role, created_at)
SELECT md5(t.order_id::text || ':timeline:' || t.step)::uuid, t.order_id, t.status, t.note,
       CASE t.role WHEN 'customer' THEN 'c0000000-0000-4000-8000-000000000003'::uuid
                   WHEN 'staff' THEN 'c0000000-0000-4000-8000-000000000002'::uuid END,
       CASE t.role WHEN 'customer' THEN 'Asha Jain' END, t.role, o.placed + t.after
FROM (VALUES
    ('0d000000-0000-4000-8000-000000000001'::uuid, 1, 'confirmed', 'Order placed; cash on delivery', 'customer', interval '0 minutes'),
    ('0d000000-0000-4000-8000-000000000001'::uuid, 2, 'preparing', NULL, 'staff', interval '3 minutes'),
    ('0d000000-0000-4000-8000-000000000001'::uuid, 3, 'ready', NULL, 'staff', interval '12 minutes'),
    ('0d000000-0000-4000-8000-000000000001'::uuid, 4, 'out_for_delivery', 'Vikram is on his way', 'staff', interval '14 minutes'),
    ('0d000000-0000-4000-8000-000000000001'::uuid, 5, 'delivered', 'Handed over; cash collected', 'staff', interval '31 minutes'),
    ('0d000000-0000-4000-8000-000000000002'::uuid, 1, 'pending', 'Order placed; awaiting payment', 'customer', interval '0 minutes'),
    ('0d000000-0000-4000-8000-000000000002'::uuid, 2, 'confirmed', 'Payment received', 'system', interval '1 minute'),
    ('0d000000-0000-4000-8000-000000000002'::uuid, 3, 'preparing', NULL, 'staff', interval '3 minutes'),
    ('0d000000-0000-4000-8000-000000000002'::uuid, 4, 'ready', 'At the counter', 'staff', interval '12 minutes'),
    ('0d000000-0000-4000-8000-000000000002'::uuid, 5, 'delivered', 'Collected', 'staff', interval '31 minutes'),
    ('0d000000-0000-4000-8000-000000000003'::uuid, 1, 'pending', 'Order placed; awaiting payment', 'customer', interval '0 minutes'),
    ('0d000000-0000-4000-8000-000000000003'::uuid, 2, 'cancelled', 'Ordered by mistake', 'customer', interval '4 minutes'),
    ('0d000000-0000-4000-8000-000000000004'::uuid, 1, 'pending', 'Order placed; awaiting payment', 'customer', interval '0 minutes'),
    ('0d000000-0000-4000-8000-000000000004'::uuid, 2, 'confirmed', 'Payment received', 'system', interval '1 minute'),
    ('0d000000-0000-4000-8000-000000000004'::uuid, 3, 'cancelled', 'Out of lemons', 'staff', interval '4 minutes'),
    ('0d000000-0000-4000-8000-000000000004'::uuid, 4, 'refunded', 'Payment refunded', 'system', interval '1 day'),
    ('0d000000-0000-4000-8000-000000000005'::uuid, 1, 'confirmed', 'Order placed; cash on delivery', 'customer', interval '0 minutes'),
    ('0d000000-0000-4000-8000-000000000005'::uuid, 2, 'preparing', 'On the counter', 'staff', interval '3 minutes')
) AS t(order_id, step, status, note, role, after)
JOIN demo_order o ON o.id = t.order_id;

-- Every status change counted, as OrderStatusChanged.sequence counts them.
UPDATE orders o SET status_sequence = (SELECT count(*) - 1 FROM order_timeline t WHERE t.order_id = o.id)
WHERE o.id IN (SELECT id FROM demo_order);

-- The rider's trail of the delivered order.
INSERT INTO order_tracking (id, order_id, latitude, longitude, status, message, recorded_by, created_at)
SELECT md5('0d000000-0000-4000-8000-000000000001:tracking:' || p.step)::uuid, '0d000000-0000-4000-8000-000000000001',
       p.latitude, p.longitude, 'out_for_delivery', p.message, 'c0000000-0000-4000-8000-000000000004',
       now() - interval '3 days' + p.after
FROM (VALUES
    (1, 23.02650000, 72.60100000, 'Left the store', interval '15 minutes'),
    (2, 23.02600000, 72.59200000, NULL, interval '22 minutes'),
    (3, 23.02580000, 72.58710000, 'At the gate', interval '30 minutes')
) AS p(step, latitude, longitude, message, after);
