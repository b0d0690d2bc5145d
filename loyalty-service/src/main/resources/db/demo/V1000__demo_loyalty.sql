-- Demo data for the local platform (profile "demo" only): the demo customer's points (c0000000-...-000000000003, Asha
-- Jain) with a history that explains them, earned on her two delivered demo orders (order-service's V1000) after a
-- welcome bonus that made her Silver; and two coupons open for a year.

INSERT INTO loyalty_accounts (customer_id, balance, tier, tier_sequence, revision, created_at, updated_at)
VALUES ('c0000000-0000-4000-8000-000000000003', 540, 'SILVER', 1, 3, now() - interval '60 days',
        now() - interval '2 days');

INSERT INTO loyalty_transactions (id, customer_id, type, points, description, order_id, balance_after, expires_at,
                                  created_at)
VALUES ('1e000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000003', 'bonus', 500,
        'Welcome to Jain Shikanji rewards', NULL, 500, now() + interval '305 days', now() - interval '60 days'),
       -- ORD...-900001: 193.50 delivered: 19 points times Silver's 1.25.
       ('1e000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000003', 'earn', 23,
        'Order ORD-900001 delivered', '0d000000-0000-4000-8000-000000000001', 523, now() + interval '362 days',
        now() - interval '3 days'),
       -- ORD...-900002: 147.00 collected: 14 points times 1.25.
       ('1e000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000003', 'earn', 17,
        'Order ORD-900002 delivered', '0d000000-0000-4000-8000-000000000002', 540, now() + interval '363 days',
        now() - interval '2 days');

INSERT INTO campaigns (id, name, code, description, type, discount_type, discount_value, min_order_value,
                       max_discount, usage_limit, usage_per_customer, start_date, end_date)
VALUES ('1c000000-0000-4000-8000-000000000001', 'Welcome 20', 'WELCOME20',
        '20% off your order (up to ₹50) on orders of ₹100 or more, once per customer', 'discount', 'percentage', 20.00,
        100.00, 50.00, 1000, 1, now() - interval '1 day', now() + interval '365 days'),
       ('1c000000-0000-4000-8000-000000000002', 'Free delivery', 'FREEDELIVERY',
        'No delivery fee on orders of ₹150 or more, three times per customer', 'free_delivery', 'free_delivery', 0,
        150.00, NULL, NULL, 3, now() - interval '1 day', now() + interval '365 days');

INSERT INTO rewards (id, name, description, points_cost)
VALUES ('1f000000-0000-4000-8000-000000000001', 'Free Jain Kachori', 'One Jain Kachori with your next order', 150),
       ('1f000000-0000-4000-8000-000000000002', 'Free Masala Shikanji', 'One regular Masala Shikanji', 200);
