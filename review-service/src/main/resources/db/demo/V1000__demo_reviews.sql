-- Demo data for the local platform (profile "demo" only): reviews of the demo menu (inventory-service's V1000 product
-- ids and names). What may be reviewed comes from OrderDelivered, which the demo data of the order service never
-- publishes (its rows are inserted there directly), so the delivered items are inserted here too:
--  * the demo customer's two delivered orders of order-service's V1000 (0d000000-...-01 from Kalupur Station,
--    0d000000-...-02 from Manek Chowk, same order numbers): three of their four products reviewed, Jain Pani Puri
--    left for the demo customer to review;
--  * other customers' reviews (c1000000-... customers, 0e000000-... orders with numbers in the 9100NN range): they
--    exist only here, as the demo has one customer account.
-- Each product's rating is then counted from the approved reviews, as the service would have; inventory-service's
-- demo data (V1002__demo_ratings.sql) mirrors the same figures, as ProductRatingChanged would have.

CREATE TEMPORARY TABLE demo_review (
    review_id   UUID,
    order_id    UUID,
    order_no    TEXT,
    customer_id UUID,
    store_id    UUID,
    product_id  UUID,
    product     TEXT,
    quantity    INT,
    delivered   TIMESTAMPTZ,
    rating      INT,
    title       TEXT,
    body        TEXT,
    author      TEXT,
    status      TEXT,
    reason      TEXT
) ON COMMIT DROP;

INSERT INTO demo_review
SELECT r.review_id::uuid, r.order_id::uuid,
       'ORD' || to_char((now() - r.days * interval '1 day') AT TIME ZONE 'Asia/Kolkata', 'YYYYMMDD') || '-' || r.number,
       r.customer_id::uuid, ('a1000000-0000-4000-8000-00000000000' || r.store)::uuid,
       ('e2000000-0000-4000-8000-0000000000' || r.product)::uuid, r.product_name, r.quantity,
       now() - r.days * interval '1 day' + interval '31 minutes', r.rating, r.title, r.body, r.author, r.status,
       r.reason
FROM (VALUES
    -- The demo customer's orders (order-service V1000): delivered 3 and 2 days ago.
    ('f1000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000001', '900001',
     'c0000000-0000-4000-8000-000000000003', 4, '02', 'Masala Shikanji', 2, 3, 5, 'Tangy, salty, perfect',
     'Exactly like the stall at Manek Chowk. The masala has a little kick; the large one is worth it.', 'Asha J.',
     'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000002', '0d000000-0000-4000-8000-000000000001', '900001',
     'c0000000-0000-4000-8000-000000000003', 4, '07', 'Nimbu Pani', 1, 3, 4, 'Simple and cold',
     'Nothing fancy, just good nimbu pani. Arrived cold.', 'Asha J.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000002', '900002',
     'c0000000-0000-4000-8000-000000000003', 1, '01', 'Classic Shikanji', 2, 2, 4, 'Good, a bit sweet',
     'Lovely jeera flavour. I would ask for less sugar next time.', 'Asha J.', 'APPROVED', NULL),
    (NULL, '0d000000-0000-4000-8000-000000000002', '900002',
     'c0000000-0000-4000-8000-000000000003', 1, '36', 'Jain Pani Puri', 1, 2, NULL, NULL, NULL, NULL, NULL, NULL),
    -- Other customers.
    ('f1000000-0000-4000-8000-000000000004', '0e000000-0000-4000-8000-000000000001', '910001',
     'c1000000-0000-4000-8000-000000000001', 1, '02', 'Masala Shikanji', 1, 20, 5, 'Best shikanji in Ahmedabad',
     'I have tried every cart in the old city. This one wins.', 'Rohan P.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000005', '0e000000-0000-4000-8000-000000000001', '910001',
     'c1000000-0000-4000-8000-000000000001', 1, '07', 'Nimbu Pani', 1, 20, 3, NULL,
     'Fine, but I prefer the masala one.', 'Rohan P.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000006', '0e000000-0000-4000-8000-000000000002', '910002',
     'c1000000-0000-4000-8000-000000000001', 2, '22', 'Masala Chaas', 2, 16, 4, 'Cooling',
     'Good after lunch. Could use a little more jeera.', 'Rohan P.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000007', '0e000000-0000-4000-8000-000000000003', '910003',
     'c1000000-0000-4000-8000-000000000001', 4, '18', 'Aam Panna', 1, 9, 5, 'Summer in a glass',
     'Raw mango, roasted jeera, not too sweet. Order it while the season lasts.', NULL, 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000008', '0e000000-0000-4000-8000-000000000004', '910004',
     'c1000000-0000-4000-8000-000000000002', 1, '02', 'Masala Shikanji', 1, 18, 5, NULL, NULL, 'Meera S.',
     'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000009', '0e000000-0000-4000-8000-000000000004', '910004',
     'c1000000-0000-4000-8000-000000000002', 1, '01', 'Classic Shikanji', 1, 18, 3, 'Okay',
     'Too much ice in mine.', 'Meera S.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000010', '0e000000-0000-4000-8000-000000000005', '910005',
     'c1000000-0000-4000-8000-000000000002', 2, '27', 'Khaman Dhokla', 1, 12, 5, 'Soft and spongy',
     'Fresh, with the green chutney on the side. The kids finished it before I could.', 'Meera S.', 'APPROVED',
     NULL),
    ('f1000000-0000-4000-8000-000000000011', '0e000000-0000-4000-8000-000000000006', '910006',
     'c1000000-0000-4000-8000-000000000003', 4, '02', 'Masala Shikanji', 3, 14, 4, 'Good for a group',
     'Ordered three for the office. Everyone liked it; one came a little warm.', 'Kunal D.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000012', '0e000000-0000-4000-8000-000000000006', '910006',
     'c1000000-0000-4000-8000-000000000003', 4, '13', 'Masala Soda', 3, 14, 5, 'Fizzes over',
     'The way it should be: loud, salty, foaming.', 'Kunal D.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000013', '0e000000-0000-4000-8000-000000000006', '910006',
     'c1000000-0000-4000-8000-000000000003', 4, '27', 'Khaman Dhokla', 1, 14, 5, NULL, NULL, 'Kunal D.',
     'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000014', '0e000000-0000-4000-8000-000000000007', '910007',
     'c1000000-0000-4000-8000-000000000004', 1, '02', 'Masala Shikanji', 1, 10, 5, 'Addictive',
     'Third order this week.', 'Priya T.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000015', '0e000000-0000-4000-8000-000000000007', '910007',
     'c1000000-0000-4000-8000-000000000004', 1, '13', 'Masala Soda', 1, 10, 4, NULL,
     'Good, a little too salty for me.', 'Priya T.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000016', '0e000000-0000-4000-8000-000000000007', '910007',
     'c1000000-0000-4000-8000-000000000004', 1, '27', 'Khaman Dhokla', 1, 10, 2, 'Dry today',
     'It tasted a day old and the tadka was missing.', 'Priya T.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000017', '0e000000-0000-4000-8000-000000000007', '910007',
     'c1000000-0000-4000-8000-000000000004', 1, '36', 'Jain Pani Puri', 1, 10, 4, 'Proper Jain pani puri',
     'No potato, and the pani is tangy. Finally.', 'Priya T.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000018', '0e000000-0000-4000-8000-000000000008', '910008',
     'c1000000-0000-4000-8000-000000000005', 3, '01', 'Classic Shikanji', 2, 8, 5, 'Refreshing',
     'Perfect after a long day in Bandra.', 'Farhan K.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000019', '0e000000-0000-4000-8000-000000000008', '910008',
     'c1000000-0000-4000-8000-000000000005', 3, '13', 'Masala Soda', 2, 8, 5, NULL, NULL, 'Farhan K.', 'APPROVED',
     NULL),
    ('f1000000-0000-4000-8000-000000000020', '0e000000-0000-4000-8000-000000000009', '910009',
     'c1000000-0000-4000-8000-000000000005', 2, '27', 'Khaman Dhokla', 1, 6, 4, 'Tasty',
     'Good portion for the price.', 'Farhan K.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000021', '0e000000-0000-4000-8000-000000000010', '910010',
     'c1000000-0000-4000-8000-000000000006', 2, '01', 'Classic Shikanji', 1, 5, 4, NULL,
     'Reliable. Always the same taste.', 'Nisha R.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000022', '0e000000-0000-4000-8000-000000000010', '910010',
     'c1000000-0000-4000-8000-000000000006', 2, '22', 'Masala Chaas', 1, 5, 5, 'Best chaas',
     'Thin, salty, lots of coriander.', 'Nisha R.', 'APPROVED', NULL),
    ('f1000000-0000-4000-8000-000000000023', '0e000000-0000-4000-8000-000000000010', '910010',
     'c1000000-0000-4000-8000-000000000006', 2, '36', 'Jain Pani Puri', 1, 5, 5, NULL, NULL, 'Nisha R.',
     'APPROVED', NULL),
    -- Taken down by an admin: the author sees why.
    ('f1000000-0000-4000-8000-000000000024', '0e000000-0000-4000-8000-000000000010', '910010',
     'c1000000-0000-4000-8000-000000000006', 2, '27', 'Khaman Dhokla', 1, 5, 1, 'Order from elsewhere',
     '<a href="https://example.com">Cheaper dhokla here</a>', 'Nisha R.', 'REJECTED',
     'Advertises another shop')
) AS r(review_id, order_id, number, customer_id, store, product, product_name, quantity, days, rating, title, body,
       author, status, reason);

INSERT INTO reviewable_items (order_id, product_id, customer_id, store_id, order_number, product_name, quantity,
    delivered_at, created_at)
SELECT order_id, product_id, customer_id, store_id, order_no, product, quantity, delivered, delivered
FROM demo_review;

INSERT INTO reviews (id, order_id, product_id, customer_id, store_id, product_name, rating, title, body, author_name,
    photo_urls, status, rejection_reason, moderated_by, moderated_at, created_at, updated_at)
SELECT review_id, order_id, product_id, customer_id, store_id, product, rating, title, body, author,
       CASE WHEN review_id = 'f1000000-0000-4000-8000-000000000001'
            THEN '["https://cdn.jainshikanji.in/reviews/asha-masala-shikanji.jpg"]'::jsonb ELSE '[]'::jsonb END,
       status, reason,
       CASE WHEN status = 'REJECTED' THEN 'c0000000-0000-4000-8000-000000000001'::uuid END,
       CASE WHEN status = 'REJECTED' THEN delivered + interval '1 day' END,
       delivered + interval '3 hours', delivered + interval '3 hours'
FROM demo_review
WHERE review_id IS NOT NULL;

-- The demo manager (Manek Chowk and Kalupur Station) answers two reviews of their stores.
UPDATE reviews
SET response_text = CASE id
        WHEN 'f1000000-0000-4000-8000-000000000003' THEN 'Thank you, Asha! Ask for "less sugar" when you order and we will make it just so.'
        ELSE 'Sorry about that, Priya. We make the khaman fresh every morning now; please give it another try.' END,
    responded_by = 'c0000000-0000-4000-8000-000000000002', responded_at = created_at + interval '5 hours'
WHERE id IN ('f1000000-0000-4000-8000-000000000003', 'f1000000-0000-4000-8000-000000000016');

-- Helpful votes, counted on their reviews.
INSERT INTO review_votes (review_id, voter_id, created_at)
SELECT v.review_id::uuid, v.voter_id::uuid, now() - interval '1 day'
FROM (VALUES
    ('f1000000-0000-4000-8000-000000000004', 'c1000000-0000-4000-8000-000000000002'),
    ('f1000000-0000-4000-8000-000000000004', 'c1000000-0000-4000-8000-000000000003'),
    ('f1000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000003'),
    ('f1000000-0000-4000-8000-000000000001', 'c1000000-0000-4000-8000-000000000004'),
    ('f1000000-0000-4000-8000-000000000001', 'c1000000-0000-4000-8000-000000000005'),
    ('f1000000-0000-4000-8000-000000000016', 'c1000000-0000-4000-8000-000000000002')
) AS v(review_id, voter_id);

UPDATE reviews r SET helpful_count = (SELECT count(*) FROM review_votes v WHERE v.review_id = r.id)
WHERE r.id IN (SELECT review_id FROM demo_review WHERE review_id IS NOT NULL);

-- Each product's rating from its approved reviews; one change counted per approved review.
INSERT INTO product_ratings (product_id, one_star, two_stars, three_stars, four_stars, five_stars, review_count,
    rating_sum, revision, updated_at)
SELECT product_id,
       count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2), count(*) FILTER (WHERE rating = 3),
       count(*) FILTER (WHERE rating = 4), count(*) FILTER (WHERE rating = 5), count(*), sum(rating), count(*),
       max(created_at)
FROM reviews
WHERE status = 'APPROVED'
GROUP BY product_id;
