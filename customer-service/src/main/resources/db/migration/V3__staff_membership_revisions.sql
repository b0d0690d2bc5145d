-- Staff events can arrive out of order (a failed event is retried while later ones go ahead), so each carries the
-- revision of the user's membership at that store, and a membership remembers the revision it was last set from:
-- only a newer event changes it. A removal no longer deletes the row but leaves a tombstone (active = false) with its
-- revision, so an older assignment that turns up later cannot grant the store again. Only active memberships go into
-- access tokens.
ALTER TABLE staff_memberships ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff_memberships ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE staff_memberships ADD COLUMN changed_at TIMESTAMPTZ;
UPDATE staff_memberships SET changed_at = assigned_at;
ALTER TABLE staff_memberships ALTER COLUMN changed_at SET NOT NULL;
ALTER TABLE staff_memberships ALTER COLUMN changed_at SET DEFAULT now();
-- A removal that arrives before any assignment leaves a tombstone that was never assigned.
ALTER TABLE staff_memberships ALTER COLUMN assigned_at DROP NOT NULL;
ALTER TABLE staff_memberships ADD CONSTRAINT staff_memberships_revision_non_negative CHECK (revision >= 0);
ALTER TABLE staff_memberships ADD CONSTRAINT staff_memberships_active_was_assigned
    CHECK (NOT active OR assigned_at IS NOT NULL);
