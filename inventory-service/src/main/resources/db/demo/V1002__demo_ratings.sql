-- Demo data for the local platform (profile "demo" only): the demo menu's ratings as the review service's demo reviews
-- make them (review-service V1000__demo_reviews.sql: approved reviews by stars), as its ProductRatingChanged events
-- would have: the Bayesian average with the default prior (5 reviews of 3.5 stars) rounded half up to two decimals,
-- the number of approved reviews, and the revision (one per approved review). Products nobody reviewed have no
-- rating. This replaces the placeholder figures of V1000.
UPDATE products SET rating = 0, review_count = 0, rating_revision = 0;

UPDATE products p
SET rating = round((5 * 3.5 + r.one + 2 * r.two + 3 * r.three + 4 * r.four + 5 * r.five)
                   / (5 + r.one + r.two + r.three + r.four + r.five), 2),
    review_count = r.one + r.two + r.three + r.four + r.five,
    rating_revision = r.one + r.two + r.three + r.four + r.five
FROM (VALUES
    -- product                               1  2  3  4  5 stars
    ('e2000000-0000-4000-8000-000000000001', 0, 0, 1, 2, 1),  -- Classic Shikanji   3.72
    ('e2000000-0000-4000-8000-000000000002', 0, 0, 0, 1, 4),  -- Masala Shikanji    4.15
    ('e2000000-0000-4000-8000-000000000007', 0, 0, 1, 1, 0),  -- Nimbu Pani         3.50
    ('e2000000-0000-4000-8000-000000000013', 0, 0, 0, 1, 2),  -- Masala Soda        3.94
    ('e2000000-0000-4000-8000-000000000018', 0, 0, 0, 0, 1),  -- Aam Panna          3.75
    ('e2000000-0000-4000-8000-000000000022', 0, 0, 0, 1, 1),  -- Masala Chaas       3.79
    ('e2000000-0000-4000-8000-000000000027', 0, 1, 0, 1, 2),  -- Khaman Dhokla      3.72
    ('e2000000-0000-4000-8000-000000000036', 0, 0, 0, 1, 1)   -- Jain Pani Puri     3.79
) AS r(id, one, two, three, four, five)
WHERE p.id = r.id::uuid;
