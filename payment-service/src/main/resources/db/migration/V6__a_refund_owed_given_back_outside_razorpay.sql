-- When Razorpay refuses a refund owed for good (the payment is too old to refund, say), staff give the money back
-- another way (a bank transfer, cash) and record it: a refund of its own kind, MANUAL, completed as it is recorded,
-- never sent to Razorpay (no provider_refund_id), by whom (requested_by) and with staff's reference to the money given
-- back (the transfer's UTR, or a note). It is booked on the payment like any completed refund (refund_reserved and
-- amount_refunded), so nothing refunds the same money again, and lowers refund_owed.
ALTER TABLE refunds ADD COLUMN reference VARCHAR(200);

ALTER TABLE refunds DROP CONSTRAINT refunds_kind;
ALTER TABLE refunds ADD CONSTRAINT refunds_kind CHECK (kind IN ('REQUESTED', 'COMPENSATION', 'MANUAL'));

-- Only a manual refund has a reference, and one is complete from the start: nothing about it waits for Razorpay.
ALTER TABLE refunds ADD CONSTRAINT refunds_manual
    CHECK ((kind = 'MANUAL') = (reference IS NOT NULL)
        AND (kind <> 'MANUAL' OR (status = 'COMPLETED' AND provider_refund_id IS NULL AND requested_by IS NOT NULL
                                  AND completed_at IS NOT NULL AND btrim(reference) <> '')));

-- Staff's Idempotency-Key makes one manual refund per payment, as it makes one staff refund (refunds_request_key).
CREATE UNIQUE INDEX refunds_manual_key ON refunds (payment_id, request_key) WHERE kind = 'MANUAL';
