-- Who did what to whom: one row per staff or admin action that changed something, written in the same transaction
-- as the change, so the log holds exactly the changes that happened. Owned by common-lib, in its own schema with
-- its own Flyway history. Never holds secrets: AuditLog redacts password, secret and token fields.
CREATE TABLE audit_entry (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL,
    -- NULL when the platform itself acted (a scheduled job, an event from another service).
    actor_id    UUID,
    actor_roles VARCHAR(100) NOT NULL DEFAULT '',
    action      VARCHAR(100) NOT NULL,
    target_type VARCHAR(50)  NOT NULL,
    target_id   VARCHAR(100) NOT NULL,
    -- The store the change concerns, when it concerns one: staff see their store's history through it.
    store_id    UUID,
    details     JSONB        NOT NULL DEFAULT '{}',
    client_ip   VARCHAR(45),
    trace_id    VARCHAR(32)
);

CREATE INDEX audit_entry_occurred ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_target ON audit_entry (target_type, target_id, occurred_at DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, occurred_at DESC);
