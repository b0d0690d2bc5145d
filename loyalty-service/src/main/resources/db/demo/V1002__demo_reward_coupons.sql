-- Demo data: the demo rewards give the products they name (inventory's demo menu), as coupons valid for 30 days.
UPDATE rewards SET name = 'Free Moong Dal Kachori', description = 'One Moong Dal Kachori free with an order',
                   applicable_products = '{e2000000-0000-4000-8000-000000000028}'
WHERE id = '1f000000-0000-4000-8000-000000000001';

UPDATE rewards SET description = 'One Masala Shikanji free with an order',
                   applicable_products = '{e2000000-0000-4000-8000-000000000002}'
WHERE id = '1f000000-0000-4000-8000-000000000002';
