-- inventory_db: the product catalog (categories, products, customizations), stock per product and store with its
-- audit trail, reservations taken by order placement, suppliers and purchase orders.

-- Catalog -------------------------------------------------------------------------------------------------------

CREATE TABLE categories (
    id            UUID PRIMARY KEY,
    slug          VARCHAR(100) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    description   TEXT,
    image_url     VARCHAR(500),
    display_order INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT categories_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

CREATE UNIQUE INDEX categories_slug_key ON categories (slug);

CREATE TABLE products (
    id                   UUID PRIMARY KEY,
    name                 VARCHAR(255)  NOT NULL,
    slug                 VARCHAR(255)  NOT NULL,
    description          TEXT,
    short_description    VARCHAR(500),
    sku                  VARCHAR(100),
    -- Money: never negative, two decimals, INR.
    price                DECIMAL(10, 2) NOT NULL,
    original_price       DECIMAL(10, 2),
    -- Shown to admins only.
    cost_price           DECIMAL(10, 2),
    category_id          UUID          NOT NULL REFERENCES categories (id),
    subcategory          VARCHAR(100),
    tags                 VARCHAR(50)[] NOT NULL DEFAULT '{}',
    is_veg               BOOLEAN       NOT NULL DEFAULT true,
    is_vegan             BOOLEAN       NOT NULL DEFAULT false,
    is_jain              BOOLEAN       NOT NULL DEFAULT true,
    is_gluten_free       BOOLEAN       NOT NULL DEFAULT false,
    is_nut_free          BOOLEAN       NOT NULL DEFAULT false,
    spice_level          VARCHAR(20)   NOT NULL DEFAULT 'MILD',
    prep_time_minutes    INT           NOT NULL DEFAULT 15,
    servings             INT           NOT NULL DEFAULT 1,
    weight               VARCHAR(50),
    unit                 VARCHAR(20),
    shelf_life_days      INT,
    storage_instructions TEXT,
    -- Nutrition per serving.
    calories             INT,
    protein_g            DECIMAL(6, 2),
    carbs_g              DECIMAL(6, 2),
    fat_g                DECIMAL(6, 2),
    fiber_g              DECIMAL(6, 2),
    sodium_mg            INT,
    images               JSONB         NOT NULL DEFAULT '[]',
    video_url            VARCHAR(500),
    -- Orderable when available and inside the optional [available_from, available_until) window.
    is_available         BOOLEAN       NOT NULL DEFAULT true,
    available_from       TIMESTAMPTZ,
    available_until      TIMESTAMPTZ,
    is_featured          BOOLEAN       NOT NULL DEFAULT false,
    -- Owned by the review service; mirrored here for browsing.
    rating               DECIMAL(3, 2) NOT NULL DEFAULT 0,
    review_count         INT           NOT NULL DEFAULT 0,
    meta_title           VARCHAR(255),
    meta_description     VARCHAR(500),
    -- Deleted products stay for the purchase orders and reservations that name them.
    archived_at          TIMESTAMPTZ,
    created_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by           UUID,
    version              BIGINT        NOT NULL DEFAULT 0,
    -- Full-text search over name (most weight), short description and description.
    search_vector        TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(name, '')), 'A')
            || setweight(to_tsvector('english', coalesce(short_description, '')), 'B')
            || setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED,
    CONSTRAINT products_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT products_price_non_negative CHECK (price >= 0),
    CONSTRAINT products_original_price_non_negative CHECK (original_price >= 0),
    CONSTRAINT products_cost_price_non_negative CHECK (cost_price >= 0),
    CONSTRAINT products_spice_level CHECK (spice_level IN ('MILD', 'MEDIUM', 'HOT', 'SWEET')),
    CONSTRAINT products_prep_time CHECK (prep_time_minutes >= 0),
    CONSTRAINT products_servings CHECK (servings > 0),
    CONSTRAINT products_rating CHECK (rating BETWEEN 0 AND 5),
    CONSTRAINT products_review_count CHECK (review_count >= 0),
    CONSTRAINT products_schedule CHECK (available_until IS NULL OR available_from IS NULL
        OR available_until > available_from)
);

CREATE UNIQUE INDEX products_slug_key ON products (slug);
CREATE UNIQUE INDEX products_sku_key ON products (sku) WHERE sku IS NOT NULL;
CREATE INDEX products_category ON products (category_id);
CREATE INDEX products_price ON products (price);
CREATE INDEX products_rating ON products (rating DESC);
CREATE INDEX products_created ON products (created_at DESC);
CREATE INDEX products_tags ON products USING GIN (tags);
CREATE INDEX products_search ON products USING GIN (search_vector);
CREATE INDEX products_dietary ON products (is_jain, is_veg, is_vegan);

CREATE TABLE product_customizations (
    id            UUID PRIMARY KEY,
    product_id    UUID         NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    type          VARCHAR(20)  NOT NULL,
    is_required   BOOLEAN      NOT NULL DEFAULT false,
    display_order INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT product_customizations_type CHECK (type IN ('RADIO', 'CHECKBOX', 'SELECT'))
);

CREATE INDEX product_customizations_product ON product_customizations (product_id);

CREATE TABLE customization_options (
    id               UUID PRIMARY KEY,
    customization_id UUID           NOT NULL REFERENCES product_customizations (id) ON DELETE CASCADE,
    name             VARCHAR(100)   NOT NULL,
    -- Added to the unit price when chosen; never negative (the base price is the cheapest choice).
    price_modifier   DECIMAL(10, 2) NOT NULL DEFAULT 0,
    is_default       BOOLEAN        NOT NULL DEFAULT false,
    display_order    INT            NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT customization_options_price_modifier CHECK (price_modifier >= 0)
);

CREATE INDEX customization_options_customization ON customization_options (customization_id);

-- Stock ---------------------------------------------------------------------------------------------------------

-- One row per product and store. "Available" is what can still be sold: current stock minus what reservations
-- hold. Quantities change only through conditional updates (see StockLedger); the CHECKs are the last line.
CREATE TABLE inventory (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    product_id          UUID           NOT NULL REFERENCES products (id),
    store_id            UUID           NOT NULL,
    current_stock       INT            NOT NULL DEFAULT 0,
    reserved            INT            NOT NULL DEFAULT 0,
    available           INT GENERATED ALWAYS AS (current_stock - reserved) STORED,
    min_stock           INT            NOT NULL DEFAULT 10,
    max_stock           INT            NOT NULL DEFAULT 1000,
    reorder_point       INT            NOT NULL DEFAULT 20,
    cost_per_unit       DECIMAL(10, 2),
    unit                VARCHAR(20)    NOT NULL DEFAULT 'pieces',
    last_restocked_at   TIMESTAMPTZ,
    last_stock_count_at TIMESTAMPTZ,
    expiry_date         DATE,
    batch_number        VARCHAR(100),
    created_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT inventory_current_stock_non_negative CHECK (current_stock >= 0),
    CONSTRAINT inventory_reserved_non_negative CHECK (reserved >= 0),
    CONSTRAINT inventory_reserved_within_stock CHECK (reserved <= current_stock),
    CONSTRAINT inventory_levels CHECK (min_stock >= 0 AND max_stock >= min_stock AND reorder_point >= 0
        AND reorder_point <= max_stock),
    CONSTRAINT inventory_cost_non_negative CHECK (cost_per_unit >= 0)
);

CREATE UNIQUE INDEX inventory_store_product_key ON inventory (store_id, product_id);
CREATE INDEX inventory_product ON inventory (product_id);
CREATE INDEX inventory_low_stock ON inventory (store_id) WHERE available <= min_stock;

-- The audit trail: one row per change of a stock row's quantities, with why, who and what it was about.
CREATE TABLE stock_adjustments (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id        UUID         NOT NULL,
    product_id      UUID         NOT NULL,
    reason          VARCHAR(30)  NOT NULL,
    stock_change    INT          NOT NULL,
    reserved_change INT          NOT NULL,
    stock_after     INT          NOT NULL,
    reserved_after  INT          NOT NULL,
    -- The user or service that made the change; NULL for the service itself (e.g. reservation expiry).
    actor_id        UUID,
    -- What the change was about: a purchase order number, an order id.
    reference       VARCHAR(100),
    note            VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT stock_adjustments_stock_row FOREIGN KEY (store_id, product_id)
        REFERENCES inventory (store_id, product_id),
    CONSTRAINT stock_adjustments_reason CHECK (reason IN ('RESTOCK', 'WASTE', 'DAMAGE', 'RETURN', 'CORRECTION',
        'STOCK_COUNT', 'PURCHASE_ORDER', 'RESERVED', 'SOLD', 'RESERVATION_RELEASED', 'RESERVATION_EXPIRED')),
    -- A stock take that confirms the count is still worth recording.
    CONSTRAINT stock_adjustments_changes CHECK (stock_change <> 0 OR reserved_change <> 0 OR reason = 'STOCK_COUNT')
);

CREATE INDEX stock_adjustments_stock_row ON stock_adjustments (store_id, product_id, id DESC);
CREATE INDEX stock_adjustments_store ON stock_adjustments (store_id, id DESC);

-- Reservations --------------------------------------------------------------------------------------------------

-- Stock held for an order until order placement commits or releases it, or it expires. One per order.
CREATE TABLE reservations (
    id         UUID PRIMARY KEY,
    order_id   UUID        NOT NULL,
    store_id   UUID        NOT NULL,
    status     VARCHAR(20) NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by UUID,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT reservations_status CHECK (status IN ('HELD', 'COMMITTED', 'RELEASED', 'EXPIRED'))
);

CREATE UNIQUE INDEX reservations_order_key ON reservations (order_id);
CREATE INDEX reservations_due ON reservations (expires_at) WHERE status = 'HELD';

CREATE TABLE reservation_lines (
    reservation_id UUID NOT NULL REFERENCES reservations (id) ON DELETE CASCADE,
    product_id     UUID NOT NULL REFERENCES products (id),
    quantity       INT  NOT NULL,
    PRIMARY KEY (reservation_id, product_id),
    CONSTRAINT reservation_lines_quantity CHECK (quantity > 0)
);

-- Purchasing ----------------------------------------------------------------------------------------------------

CREATE TABLE suppliers (
    id             UUID PRIMARY KEY,
    name           VARCHAR(255) NOT NULL,
    email          VARCHAR(255),
    phone          VARCHAR(20),
    address        TEXT,
    contact_person VARCHAR(255),
    payment_terms  VARCHAR(100),
    tax_id         VARCHAR(50),
    is_active      BOOLEAN      NOT NULL DEFAULT true,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version        BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX suppliers_active ON suppliers (is_active);

-- Purchase order numbers (PO-<year>-<number>) come from here, so they are unique without coordination.
CREATE SEQUENCE purchase_order_number_seq;

CREATE TABLE purchase_orders (
    id                     UUID PRIMARY KEY,
    po_number              VARCHAR(30)    NOT NULL,
    supplier_id            UUID           NOT NULL REFERENCES suppliers (id),
    store_id               UUID           NOT NULL,
    status                 VARCHAR(20)    NOT NULL DEFAULT 'PENDING',
    subtotal               DECIMAL(12, 2) NOT NULL,
    tax                    DECIMAL(12, 2) NOT NULL DEFAULT 0,
    shipping               DECIMAL(12, 2) NOT NULL DEFAULT 0,
    total                  DECIMAL(12, 2) NOT NULL,
    order_date             DATE           NOT NULL DEFAULT CURRENT_DATE,
    expected_delivery_date DATE,
    received_date          DATE,
    notes                  TEXT,
    created_at             TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ    NOT NULL DEFAULT now(),
    created_by             UUID,
    version                BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT purchase_orders_status CHECK (status IN ('PENDING', 'CONFIRMED', 'RECEIVED', 'CANCELLED')),
    CONSTRAINT purchase_orders_amounts CHECK (subtotal >= 0 AND tax >= 0 AND shipping >= 0
        AND total = subtotal + tax + shipping),
    CONSTRAINT purchase_orders_received CHECK ((status = 'RECEIVED') = (received_date IS NOT NULL))
);

CREATE UNIQUE INDEX purchase_orders_number_key ON purchase_orders (po_number);
CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id);
CREATE INDEX purchase_orders_store ON purchase_orders (store_id, created_at DESC);
CREATE INDEX purchase_orders_status ON purchase_orders (status);

CREATE TABLE purchase_order_items (
    id                UUID PRIMARY KEY,
    purchase_order_id UUID           NOT NULL REFERENCES purchase_orders (id) ON DELETE CASCADE,
    product_id        UUID           NOT NULL REFERENCES products (id),
    quantity          INT            NOT NULL,
    unit_price        DECIMAL(10, 2) NOT NULL,
    total_price       DECIMAL(12, 2) NOT NULL,
    CONSTRAINT purchase_order_items_quantity CHECK (quantity > 0),
    CONSTRAINT purchase_order_items_prices CHECK (unit_price >= 0 AND total_price = unit_price * quantity)
);

CREATE UNIQUE INDEX purchase_order_items_product_key ON purchase_order_items (purchase_order_id, product_id);
