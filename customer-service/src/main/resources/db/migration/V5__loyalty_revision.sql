-- The loyalty service's account revision the customer's loyalty_points / loyalty_tier copy was taken at
-- (LoyaltyPointsChanged.revision): an older event never overwrites a newer copy.
ALTER TABLE customers ADD COLUMN loyalty_revision BIGINT NOT NULL DEFAULT 0;
