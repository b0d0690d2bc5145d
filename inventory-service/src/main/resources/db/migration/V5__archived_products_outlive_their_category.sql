-- A category whose products are all archived can be deleted: its archived products (kept for the stock, purchase
-- orders and reservations that name them, never shown on the menu) let go of it in the same transaction. Every
-- product on the menu still has a category; only an archived one may have none. Orders keep their own copy of a
-- product's category (order lines), so nothing that was sold loses it.
ALTER TABLE products ALTER COLUMN category_id DROP NOT NULL;
ALTER TABLE products ADD CONSTRAINT products_category_unless_archived
    CHECK (category_id IS NOT NULL OR archived_at IS NOT NULL);
