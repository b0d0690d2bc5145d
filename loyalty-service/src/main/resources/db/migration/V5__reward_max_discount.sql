-- A reward's coupon may say the most it takes off, as a campaign's max_discount does: a free drink that is not free
-- in its largest size with every add-on, a percentage that stops at a sum. Rewards added before this have no cap.
ALTER TABLE rewards
    ADD COLUMN max_discount NUMERIC(10, 2),
    ADD CONSTRAINT rewards_max_discount CHECK (max_discount IS NULL OR max_discount > 0);
