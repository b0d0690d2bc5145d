-- The demo customer's copy of her loyalty account (540 points, Silver: loyalty-service's demo V1000, at revision 3),
-- which GET /api/v1/customers/me shows. Loyalty seeds its account without an event, so nothing else would bring the
-- copy in line before her next points change; at revision 3, a LoyaltyPointsChanged from before the seed never
-- overwrites it and the next one does.
UPDATE customers SET loyalty_points = 540, loyalty_tier = 'SILVER', loyalty_revision = 3
WHERE id = 'c0000000-0000-4000-8000-000000000003';
