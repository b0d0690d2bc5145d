-- A compensation Razorpay refused (a 4xx, or refund.failed) gave nothing back: it no longer counts as the payment's
-- compensation, so the order service asking again, or a later capture, books a new one. At most one compensation per
-- payment is still live (pending, processing or completed); failed ones stay on record beside it.
DROP INDEX refunds_one_compensation;
CREATE UNIQUE INDEX refunds_one_compensation ON refunds (payment_id) WHERE kind = 'COMPENSATION' AND status <> 'FAILED';

-- What a refused compensation was to give back and no refund has given back since: money the customer is owed that
-- only staff can now send (a refund by hand). Set when a compensation fails (refund_owed_since), lowered by every
-- refund of the payment asked for since then as it completes (one asked for before was left out of the compensation
-- already); never more than is left unrefunded.
ALTER TABLE payments ADD COLUMN refund_owed NUMERIC(10, 2) NOT NULL DEFAULT 0;
ALTER TABLE payments ADD COLUMN refund_owed_since TIMESTAMPTZ;
ALTER TABLE payments ADD CONSTRAINT payments_refund_owed
    CHECK (refund_owed >= 0 AND refund_owed <= amount - amount_refunded
        AND (refund_owed > 0) = (refund_owed_since IS NOT NULL));

-- Staff list the payments owing a refund (and a gauge counts them), per store.
CREATE INDEX payments_refund_owed ON payments (store_id, completed_at) WHERE refund_owed > 0;

-- Compensations refused before this migration (at most one per payment until now): owed as the service would have
-- recorded it, less what refunds asked for after the refusal gave back once completed.
UPDATE payments p
SET refund_owed = owed.amount,
    refund_owed_since = CASE WHEN owed.amount > 0 THEN owed.since END
FROM (SELECT f.payment_id, f.failed_at AS since,
             LEAST(GREATEST(0, f.amount - COALESCE(sum(r.amount), 0)), q.amount - q.amount_refunded) AS amount
      FROM refunds f
      JOIN payments q ON q.id = f.payment_id
      LEFT JOIN refunds r ON r.payment_id = f.payment_id AND r.status = 'COMPLETED' AND r.initiated_at >= f.failed_at
      WHERE f.kind = 'COMPENSATION' AND f.status = 'FAILED'
      GROUP BY f.payment_id, f.failed_at, f.amount, q.amount, q.amount_refunded) owed
WHERE owed.payment_id = p.id;
