-- The stores a staff member works at, learnt from the store service's StaffAssigned / StaffUnassigned events.
-- They go into the user's access tokens (store_ids), which is how every service knows whose stores staff may run.
CREATE TABLE staff_memberships (
    customer_id UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    store_id    UUID        NOT NULL,
    staff_id    UUID        NOT NULL,
    assigned_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (customer_id, store_id)
);

CREATE INDEX staff_memberships_store ON staff_memberships (store_id);
