-- What counts toward a customer's tier, one row per change: points earned and given, less what refunds take back. A
-- refund takes back the whole share it is due from the tier, though the balance gives back only what is left of it:
-- points already spent stay spent (the balance never goes below zero, so the ledger has no row for them, only the
-- refund's points_spent) and count against the tier from the refund's settlement, as its reversal does. The account's
-- tier, its earnedInWindow and the tier review all sum this over the rolling window.
CREATE VIEW tier_points (customer_id, points, counted_at) AS
SELECT customer_id, points, created_at
FROM loyalty_transactions
WHERE type IN ('earn', 'reversal', 'bonus')
UNION ALL
SELECT earned.customer_id, -refund.points_spent, refund.settled_at
FROM order_refunds refund
JOIN loyalty_transactions earned ON earned.order_id = refund.order_id AND earned.type = 'earn'
WHERE refund.points_spent > 0;
