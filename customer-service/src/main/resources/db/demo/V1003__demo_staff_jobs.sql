-- The demo staff's jobs, as the store service's demo staff records name them (its demo V1000, V1001 and V1002): the
-- demo manager manages Manek Chowk and Kalupur Station, the demo rider delivers for Kalupur Station.
UPDATE staff_memberships SET job = 'MANAGER'
WHERE customer_id = 'c0000000-0000-4000-8000-000000000002'
  AND store_id IN ('a1000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000004');

UPDATE staff_memberships SET job = 'DELIVERY'
WHERE customer_id = 'c0000000-0000-4000-8000-000000000004' AND store_id = 'a1000000-0000-4000-8000-000000000004';
