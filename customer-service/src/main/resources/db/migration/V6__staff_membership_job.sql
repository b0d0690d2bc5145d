-- The staff member's job at the store (StaffAssigned.role), which goes into access tokens as store_jobs and decides
-- which store duties (refunds, cancellations, stock, purchasing, review answers) they may do there. A newer
-- StaffAssigned with another role replaces it, under the same revision rule as the rest of the membership.
-- Rows from before this column stay NULL: no job known, which allows no store duty at that store until the store
-- service next reports the membership (a role change or a new assignment); the store ids still go into tokens.
-- NULL also stands for a role this service does not know.
ALTER TABLE staff_memberships ADD COLUMN job VARCHAR(20);
ALTER TABLE staff_memberships ADD CONSTRAINT staff_memberships_job
    CHECK (job IN ('MANAGER', 'CHEF', 'CASHIER', 'DELIVERY', 'SUPPORT'));
