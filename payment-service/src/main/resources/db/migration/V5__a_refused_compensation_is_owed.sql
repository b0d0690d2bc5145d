-- A compensation Razorpay refused (a 4xx, or refund.failed) gave nothing back: it no longer counts as the payment's
-- compensation, so the order service asking again, or a later capture, books a new one. At most one compensation per
-- payment is still live (pending, processing or completed); failed ones stay on record beside it.
DROP INDEX refunds_one_compensation;
CREATE UNIQUE INDEX refunds_one_compensation ON refunds (payment_id) WHERE kind = 'COMPENSATION' AND status <> 'FAILED';

-- What a refused compensation was to give back and no refund has given back since: money the customer is owed that
-- only staff can now send (a refund by hand). Set when a compensation fails, lowered by every refund of the payment
-- that completes afterwards; never more than is left unrefunded.
ALTER TABLE payments ADD COLUMN refund_owed NUMERIC(10, 2) NOT NULL DEFAULT 0;
ALTER TABLE payments ADD CONSTRAINT payments_refund_owed
    CHECK (refund_owed >= 0 AND refund_owed <= amount - amount_refunded);

-- Staff list the payments owing a refund (and a gauge counts them), per store.
CREATE INDEX payments_refund_owed ON payments (store_id, completed_at) WHERE refund_owed > 0;

-- Compensations refused before this migration (at most one per payment until now): owed as the service would have
-- recorded it, less what refunds completed after the refusal gave back.
UPDATE payments p
SET refund_owed = GREATEST(0, LEAST(f.amount, p.amount - p.amount_refunded + later.refunded) - later.refunded)
FROM refunds f
CROSS JOIN LATERAL (SELECT COALESCE(sum(r.amount), 0) AS refunded
                    FROM refunds r
                    WHERE r.payment_id = f.payment_id AND r.status = 'COMPLETED' AND r.completed_at > f.failed_at) later
WHERE f.payment_id = p.id AND f.kind = 'COMPENSATION' AND f.status = 'FAILED';
