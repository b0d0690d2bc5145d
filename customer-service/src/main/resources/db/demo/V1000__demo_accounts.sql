-- Demo accounts for the local platform (profile "demo" only). Passwords: demo-admin-pass, demo-staff-pass,
-- demo-customer-pass. The ids are shared with the other services' demo data.
INSERT INTO customers (id, email, password_hash, first_name, last_name, phone, email_verified, version)
VALUES ('c0000000-0000-4000-8000-000000000001', 'admin@jainshikanji.local',
        '$2a$10$y9HlZ9ggm6H.WPSqiep6IOB3cgjzrsvkNKQao26biMaNnkos4hkjW', 'Priya', 'Admin', NULL, true, 0),
       ('c0000000-0000-4000-8000-000000000002', 'staff@jainshikanji.local',
        '$2a$10$H3bxHBdk2EVpLN/Fgr7uXO4KuH9PCUXJjpwqOktRhXiTHQzlD/3MW', 'Ramesh', 'Shah', '+919800000002', true, 0),
       ('c0000000-0000-4000-8000-000000000003', 'customer@jainshikanji.local',
        '$2a$10$msi0w6Qp3HyPphurnInJ9.bZnD1am9PChsqMOD1s55MiA/K6rzbu2', 'Asha', 'Jain', '+919800000003', true, 0);

INSERT INTO customer_roles (customer_id, role)
VALUES ('c0000000-0000-4000-8000-000000000001', 'ADMIN'),
       ('c0000000-0000-4000-8000-000000000002', 'STAFF'),
       ('c0000000-0000-4000-8000-000000000003', 'CUSTOMER');

INSERT INTO customer_preferences (customer_id, dietary_restrictions, preferred_spice_level)
VALUES ('c0000000-0000-4000-8000-000000000001', '{}', 'MILD'),
       ('c0000000-0000-4000-8000-000000000002', '{}', 'MEDIUM'),
       ('c0000000-0000-4000-8000-000000000003', '{JAIN}', 'MEDIUM');

-- The demo manager runs store 1 (Manek Chowk); the store service holds the matching staff record.
INSERT INTO staff_memberships (customer_id, store_id, staff_id, assigned_at)
VALUES ('c0000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000001',
        'a3000000-0000-4000-8000-000000000001', now());

INSERT INTO customer_addresses (id, customer_id, type, label, address_line1, city, state, postal_code, is_default)
VALUES ('d1000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000003', 'HOME', 'Home',
        '14 Ratanpole, near Manek Chowk', 'Ahmedabad', 'Gujarat', '380001', true);
