-- Demo data for the 24-hour Kalupur Station store (store-service's demo V1001), so a newcomer can order at any hour:
-- the demo manager runs it too, and a demo delivery rider (password demo-delivery-pass) works there. Matches the
-- store service's staff records; inserted directly, like V1000, with the membership's first revision.
INSERT INTO staff_memberships (customer_id, store_id, staff_id, assigned_at, changed_at, revision, active)
VALUES ('c0000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000004',
        'a3000000-0000-4000-8000-000000000002', now(), now(), 1, true);

INSERT INTO customers (id, email, password_hash, first_name, last_name, phone, email_verified, version)
VALUES ('c0000000-0000-4000-8000-000000000004', 'delivery@jainshikanji.local',
        '$2a$10$FjKX0ty.beKCkZx.lKGsl.AVoVy3xRUdyRUaNhPVNGAhPiBawVfKS', 'Vikram', 'Rider', '+919800000004', true, 0);

INSERT INTO customer_roles (customer_id, role)
VALUES ('c0000000-0000-4000-8000-000000000004', 'STAFF');

INSERT INTO customer_preferences (customer_id, dietary_restrictions, preferred_spice_level)
VALUES ('c0000000-0000-4000-8000-000000000004', '{}', 'MILD');

INSERT INTO staff_memberships (customer_id, store_id, staff_id, assigned_at, changed_at, revision, active)
VALUES ('c0000000-0000-4000-8000-000000000004', 'a1000000-0000-4000-8000-000000000004',
        'a3000000-0000-4000-8000-000000000003', now(), now(), 1, true);
