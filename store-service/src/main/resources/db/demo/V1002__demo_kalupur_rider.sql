-- A demo delivery rider at the 24-hour Kalupur Station store (the identity service's demo V1001 holds the matching
-- account delivery@jainshikanji.local and its membership), so staff can assign a delivery person to demo orders.
INSERT INTO staff (id, store_id, user_id, name, email, phone, role, is_active, hire_date, membership_revision)
VALUES ('a3000000-0000-4000-8000-000000000003', 'a1000000-0000-4000-8000-000000000004',
        'c0000000-0000-4000-8000-000000000004', 'Vikram Rider', 'delivery@jainshikanji.local', '+919800000004',
        'DELIVERY', true, '2025-06-01', 1);
UPDATE staff SET membership_revision = 1
WHERE id = 'a3000000-0000-4000-8000-000000000002' AND membership_revision = 0;
