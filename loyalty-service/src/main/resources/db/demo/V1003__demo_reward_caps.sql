-- Demo data: a demo reward's free item is free up to the product's menu price (inventory's demo menu), so a larger
-- size or a dearer portion pays the difference.
UPDATE rewards SET max_discount = 40.00
WHERE id = '1f000000-0000-4000-8000-000000000001';

UPDATE rewards SET max_discount = 50.00,
                   description = 'One regular Masala Shikanji free with an order; a larger size pays the difference'
WHERE id = '1f000000-0000-4000-8000-000000000002';
