-- Whose lease a pending delivery is under: the token a worker took it with. A worker sends a delivery, and records
-- what became of it, only while the delivery is still held under its own token, so a delivery whose lease ran out
-- and was taken by another instance is neither sent nor recorded twice.
ALTER TABLE deliveries ADD COLUMN leased_by UUID;
