-- A payment's compensation (money back for a cancelled order) is found by its kind, not by its request key: staff may
-- send any Idempotency-Key, 'compensation' included, and a staff refund under that key must neither stand in for the
-- compensation nor keep it from being booked. Staff keys stay unique among a payment's staff refunds; a payment has at
-- most one compensation. Existing rows already meet both (every compensation was keyed 'compensation', once per
-- payment) and keep their request_key.
DROP INDEX refunds_request_key;
CREATE UNIQUE INDEX refunds_request_key ON refunds (payment_id, request_key) WHERE kind = 'REQUESTED';
CREATE UNIQUE INDEX refunds_one_compensation ON refunds (payment_id) WHERE kind = 'COMPENSATION';
