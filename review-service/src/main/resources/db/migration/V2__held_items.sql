-- Items whose review its author deleted while it was not approved (rejected, or waiting for an admin): every later
-- review of them waits for an admin whatever the moderation policy, so deleting a rejected review and writing it
-- again does not get around the rejection.
CREATE TABLE held_items (
    order_id   UUID        NOT NULL,
    product_id UUID        NOT NULL,
    held_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (order_id, product_id),
    CONSTRAINT held_items_item FOREIGN KEY (order_id, product_id) REFERENCES reviewable_items (order_id, product_id)
);
