-- The expiry job picks only customers with credits that lapsed since it last accounted for theirs: lapsed_through is
-- the latest validity end among the credits their last expiry found lapsed (each was expired, or had been spent), so
-- a customer whose lapsed points are accounted for is not locked again until another credit lapses. NULL: never
-- accounted. The index finds a customer's credits by validity end: what lapsed since, and how much.
ALTER TABLE loyalty_accounts ADD COLUMN lapsed_through TIMESTAMPTZ;

CREATE INDEX idx_loyalty_lapses ON loyalty_transactions (customer_id, expires_at) WHERE expires_at IS NOT NULL;
