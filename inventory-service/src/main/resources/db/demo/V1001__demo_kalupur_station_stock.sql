-- Demo data (profile "demo" only): stock of every product at the fourth demo store, Kalupur Station
-- (a1000000-...-000000000004, open around the clock), so a newcomer can place an order there at any hour.
INSERT INTO inventory (product_id, store_id, current_stock, min_stock, max_stock, reorder_point, cost_per_unit, unit,
    last_restocked_at)
SELECT p.id, 'a1000000-0000-4000-8000-000000000004', 60 + mod(abs(hashtext(p.id::text || 'kalupur')), 120), 10, 300,
    25, p.cost_price, p.unit, now() - interval '1 day'
FROM products p;

INSERT INTO stock_adjustments (store_id, product_id, reason, stock_change, reserved_change, stock_after,
    reserved_after, actor_id, reference, note)
SELECT store_id, product_id, 'STOCK_COUNT', current_stock, 0, current_stock, 0,
    'c0000000-0000-4000-8000-000000000001', 'demo-opening', 'Opening stock'
FROM inventory WHERE store_id = 'a1000000-0000-4000-8000-000000000004';
