-- The demo history named its orders "ORD-900001" and "ORD-900002"; order-service numbers them by their day in India
-- (its V1000), so the customer saw two numbers for one order. A migration of its own rather than an edit of V1000,
-- which local databases have already applied.
UPDATE loyalty_transactions
SET description = 'Order ORD' || to_char(created_at AT TIME ZONE 'Asia/Kolkata', 'YYYYMMDD') || '-'
                      || CASE id WHEN '1e000000-0000-4000-8000-000000000002' THEN '900001' ELSE '900002' END
                      || ' delivered'
WHERE id IN ('1e000000-0000-4000-8000-000000000002', '1e000000-0000-4000-8000-000000000003');
