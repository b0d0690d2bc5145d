-- Demo data for the local platform (profile "demo" only): the three demo stores with the platform-wide fixed ids,
-- their hours and delivery zones, and the demo staff user as manager of store 1. Inserted directly, so no
-- StaffAssigned event is published for the manager: the identity service's own demo data gives that user the
-- STAFF role and store 1 in store_ids.

INSERT INTO stores (id, slug, name, description, email, phone, address_line1, address_line2, city, state,
                    postal_code, country, latitude, longitude, time_zone, is_active, is_accepting_orders,
                    min_order_value, delivery_fee, free_delivery_above, estimated_prep_time_minutes)
VALUES ('a1000000-0000-4000-8000-000000000001', 'manek-chowk', 'Jain Shikanji Manek Chowk',
        'The original stall in the night market of the old city: shikanji, masala soda and hot snacks till late.',
        'manekchowk@jainshikanji.in', '+91 79 2214 0001', 'Manek Chowk', 'Near Badshah no Hajiro', 'Ahmedabad',
        'Gujarat', '380001', 'India', 23.02370000, 72.58790000, 'Asia/Kolkata', true, true,
        100.00, 30.00, 500.00, 15),
       ('a1000000-0000-4000-8000-000000000002', 'cg-road', 'Jain Shikanji CG Road',
        'Shikanji, lassi and Jain snacks next to the shopping street; closed on Mondays.',
        'cgroad@jainshikanji.in', '+91 79 2646 0002', 'Shop 12, Super Mall', 'C G Road, Navrangpura', 'Ahmedabad',
        'Gujarat', '380009', 'India', 23.02880000, 72.55990000, 'Asia/Kolkata', true, true,
        150.00, 25.00, 400.00, 20),
       ('a1000000-0000-4000-8000-000000000003', 'bandra-west', 'Jain Shikanji Bandra West',
        'Our Mumbai kitchen on Hill Road.',
        'bandra@jainshikanji.in', '+91 22 2640 0003', '24 Hill Road', 'Bandra West', 'Mumbai',
        'Maharashtra', '400050', 'India', 19.05470000, 72.83090000, 'Asia/Kolkata', true, true,
        200.00, 40.00, 600.00, 20);

-- Manek Chowk: evenings, past midnight on Friday and Saturday nights.
INSERT INTO store_operating_hours (store_id, day_of_week, is_open, open_time, close_time)
SELECT 'a1000000-0000-4000-8000-000000000001', day, true, '16:00',
       CASE WHEN day IN ('FRIDAY', 'SATURDAY') THEN TIME '02:00' ELSE TIME '23:30' END
FROM unnest(ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']) AS day;

-- CG Road: closed on Monday.
INSERT INTO store_operating_hours (store_id, day_of_week, is_open, open_time, close_time)
SELECT 'a1000000-0000-4000-8000-000000000002', day, day <> 'MONDAY',
       CASE WHEN day <> 'MONDAY' THEN TIME '09:00' END, CASE WHEN day <> 'MONDAY' THEN TIME '22:30' END
FROM unnest(ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']) AS day;

-- Bandra West: every day.
INSERT INTO store_operating_hours (store_id, day_of_week, is_open, open_time, close_time)
SELECT 'a1000000-0000-4000-8000-000000000003', day, true, '08:00', '23:00'
FROM unnest(ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']) AS day;

INSERT INTO delivery_zones (id, store_id, name, postal_codes, delivery_fee, estimated_time_minutes, is_active)
VALUES ('a2000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000001', 'Old City',
        ARRAY['380001', '380002', '380022'], 20.00, 25, true),
       ('a2000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000001',
        'Ellisbridge and Navrangpura', ARRAY['380006', '380009'], NULL, 35, true),
       ('a2000000-0000-4000-8000-000000000003', 'a1000000-0000-4000-8000-000000000002', 'Navrangpura',
        ARRAY['380009', '380006', '380014'], 15.00, 20, true),
       ('a2000000-0000-4000-8000-000000000004', 'a1000000-0000-4000-8000-000000000002',
        'Vastrapur and Satellite', ARRAY['380015', '380054'], 35.00, 40, true),
       ('a2000000-0000-4000-8000-000000000005', 'a1000000-0000-4000-8000-000000000003', 'Bandra',
        ARRAY['400050', '400051'], 30.00, 25, true),
       ('a2000000-0000-4000-8000-000000000006', 'a1000000-0000-4000-8000-000000000003',
        'Khar and Santacruz', ARRAY['400052', '400054'], 45.00, 40, true);

INSERT INTO staff (id, store_id, user_id, name, email, role, is_active, hire_date)
VALUES ('a3000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000001',
        'c0000000-0000-4000-8000-000000000002', 'Ramesh Shah', 'staff@jainshikanji.local', 'MANAGER', true,
        '2024-04-01');
