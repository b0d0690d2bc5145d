-- Demo data for the local platform (profile "demo" only): a fourth store, open around the clock, so a newcomer can
-- place an order at any hour (the other three are all closed between 23:30 and 08:00 IST). It delivers to the
-- demo customer's home (Ratanpole, 380001) for a small fee, takes orders from two glasses of nimbu pani, and is
-- run by the demo staff user, who also manages Manek Chowk. Inserted directly, so no StaffAssigned event is
-- published: the identity service's own demo data decides which stores that user's tokens name.

INSERT INTO stores (id, slug, name, description, email, phone, address_line1, address_line2, city, state,
                    postal_code, country, latitude, longitude, time_zone, is_active, is_accepting_orders,
                    min_order_value, delivery_fee, free_delivery_above, estimated_prep_time_minutes)
VALUES ('a1000000-0000-4000-8000-000000000004', 'kalupur-station', 'Jain Shikanji Kalupur Station',
        'Opposite the railway station and never closed: shikanji and Jain snacks for every train, day and night.',
        'kalupur@jainshikanji.in', '+91 79 2213 0004', 'Opposite Kalupur Railway Station', 'Station Road, Kalupur',
        'Ahmedabad', 'Gujarat', '380002', 'India', 23.02650000, 72.60100000, 'Asia/Kolkata', true, true,
        60.00, 15.00, 300.00, 10);

-- Every day from midnight to midnight: equal opening and closing times are open for 24 hours.
INSERT INTO store_operating_hours (store_id, day_of_week, is_open, open_time, close_time)
SELECT 'a1000000-0000-4000-8000-000000000004', day, true, TIME '00:00', TIME '00:00'
FROM unnest(ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']) AS day;

-- No fee of its own: the store's 15.00 applies.
INSERT INTO delivery_zones (id, store_id, name, postal_codes, delivery_fee, estimated_time_minutes, is_active)
VALUES ('a2000000-0000-4000-8000-000000000007', 'a1000000-0000-4000-8000-000000000004',
        'Old City and Kalupur', ARRAY['380001', '380002', '380022'], NULL, 20, true);

INSERT INTO staff (id, store_id, user_id, name, email, role, is_active, hire_date)
VALUES ('a3000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000004',
        'c0000000-0000-4000-8000-000000000002', 'Ramesh Shah', 'staff@jainshikanji.local', 'MANAGER', true,
        '2025-01-15');
