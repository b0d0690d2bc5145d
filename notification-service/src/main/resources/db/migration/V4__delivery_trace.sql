-- The W3C trace context (traceparent) a delivery was queued in: the consumed event's or the request's. Each attempt
-- to send it, retries included, is a span of that trace, so the worker's log lines and the providers' requests carry
-- the trace id the order or request started with. Deliveries queued before, or outside any trace, have none and are
-- sent in a trace of their own.
ALTER TABLE deliveries ADD COLUMN traceparent VARCHAR(55);
