-- Demo data for the local platform (profile "demo" only). The demo accounts were created by the customer service's
-- demo data, not by registrations, so no CustomerRegistered told this service about them: their contacts are here,
-- with the ids shared by every service's demo data. The demo manager runs stores 1 and 4, as the store service's demo
-- staff records say (revision 1, like the customer service's copy).
INSERT INTO recipients (user_id, email, phone, first_name, contact_as_of, loyalty_tier, tier_sequence, updated_at)
VALUES ('c0000000-0000-4000-8000-000000000001', 'admin@jainshikanji.local', NULL, 'Priya', now(), NULL, 0, now()),
       ('c0000000-0000-4000-8000-000000000002', 'staff@jainshikanji.local', '+919800000002', 'Ramesh', now(), NULL, 0,
        now()),
       ('c0000000-0000-4000-8000-000000000003', 'customer@jainshikanji.local', '+919800000003', 'Asha', now(), 'SILVER',
        1, now()),
       ('c0000000-0000-4000-8000-000000000004', 'delivery@jainshikanji.local', '+919800000004', 'Vikram', now(), NULL, 0,
        now());

INSERT INTO store_staff (user_id, store_id, role, active, revision, changed_at)
VALUES ('c0000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000001', 'MANAGER', true, 1, now()),
       ('c0000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-000000000004', 'MANAGER', true, 1, now()),
       ('c0000000-0000-4000-8000-000000000004', 'a1000000-0000-4000-8000-000000000004', 'DELIVERY', true, 1, now());

-- The demo customer opted in to offers by email and in the app, so an admin's promotion reaches someone.
INSERT INTO preferences (user_id, order_updates_email, order_updates_sms, order_updates_push, order_updates_in_app,
                         account_updates_email, account_updates_sms, account_updates_push, account_updates_in_app,
                         promotions_email, promotions_sms, promotions_push, promotions_in_app, updated_at)
VALUES ('c0000000-0000-4000-8000-000000000003', true, true, true, true, true, false, true, true, true, false, false,
        true, now());

-- A notification list that is not empty on the first run: the demo customer's welcome and an offer, one read.
INSERT INTO in_app_notifications (id, user_id, source_id, kind, title, body, data, created_at, read_at)
VALUES ('e1000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000003',
        'e2000000-0000-4000-8000-000000000001', 'WELCOME', 'Welcome, Asha!',
        'Your account is ready. Order from the store near you and earn loyalty points on every order.', '{}',
        now() - interval '30 days', now() - interval '29 days'),
       ('e1000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000003',
        'e2000000-0000-4000-8000-000000000002', 'PROMOTION', 'Two shikanjis for one this weekend',
        'Bring a friend to any of our stores on Saturday or Sunday. Code: SHIKANJI2X.', '{}',
        now() - interval '2 days', NULL);
