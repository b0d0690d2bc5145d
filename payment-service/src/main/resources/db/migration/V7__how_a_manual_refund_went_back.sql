-- How staff gave a refund owed back outside Razorpay (BANK_TRANSFER or CASH), recorded with it and announced in
-- RefundProcessed, so the customer is told where to look for the money: not in their card's or UPI app's refunds.
-- Manual refunds recorded before staff said how keep none; only a manual refund has one.
ALTER TABLE refunds ADD COLUMN settlement_method VARCHAR(20);

ALTER TABLE refunds ADD CONSTRAINT refunds_settlement_method
    CHECK (settlement_method IS NULL OR (kind = 'MANUAL' AND settlement_method IN ('BANK_TRANSFER', 'CASH')));
