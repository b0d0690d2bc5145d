-- Every change of whether, or as what, a user works at a store bumps the revision, and the StaffAssigned /
-- StaffUnassigned event it publishes carries it: consumers apply only newer revisions, so an event retried out of
-- order cannot undo a later change (a stale StaffAssigned cannot re-grant a removed member's access).
ALTER TABLE staff ADD COLUMN membership_revision BIGINT NOT NULL DEFAULT 0;
