-- Only refunds of the payment that paid for an order count against its sale. A second payment for an order already
-- paid (a late capture, a duplicate) is refunded by the payment service by design while the order stays paid by the
-- first: that money came in and went back out, and is neither a sale nor a refund of the order. Counting it made a
-- paid order look refunded, with no net revenue. See docs/adr/0012-analytics.md.
--
-- The payment that paid is the one OrderConfirmed names (paid_by); each refund keeps the payment it gave back
-- (payment_id). order_fact_refunds holds only the refunds that count (OrderFact decides as the events arrive), so the
-- figures (order_facts_local, compute_rollups) read it as before. Rows from before this migration have no payment and
-- keep counting until a rebuild (POST /api/v1/admin/rebuild) reads them again from the topics.

ALTER TABLE order_facts ADD COLUMN paid_by UUID;

ALTER TABLE order_fact_refunds ADD COLUMN payment_id UUID;
