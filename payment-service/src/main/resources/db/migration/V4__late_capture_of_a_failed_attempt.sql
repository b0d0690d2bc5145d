-- Razorpay may still capture the very attempt that failed (a late authorisation: payment.failed, then
-- payment.captured for the same pay_...). The failed payment keeps the id of the attempt that failed; the capture is a
-- late capture of its own under the same id, refunded at once. So the id is unique among payments that did not fail:
-- a capture is still recorded once, however often and however concurrently it is reported.
DROP INDEX payments_provider_payment_key;
CREATE UNIQUE INDEX payments_provider_payment_key ON payments (provider_payment_id) WHERE status <> 'FAILED';
