-- review_db: what customers may review (the delivered order items the order topic announced), their reviews with
-- the store's response and the admins' moderation, helpful votes, and each product's rating aggregates. Review
-- text is stored exactly as written (HTML included) and only ever served as JSON strings, never rendered.

-- One row per product of a delivered order (two lines of one product with different options are one item: a
-- review is about the product). Written only from OrderDelivered, once, however often it is delivered.
CREATE TABLE reviewable_items (
    order_id     UUID         NOT NULL,
    product_id   UUID         NOT NULL,
    customer_id  UUID         NOT NULL,
    -- The store that fulfilled the order: its staff may respond to the review.
    store_id     UUID         NOT NULL,
    order_number VARCHAR(50)  NOT NULL,
    product_name VARCHAR(255) NOT NULL,
    quantity     INT          NOT NULL,
    delivered_at TIMESTAMPTZ  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (order_id, product_id),
    CONSTRAINT reviewable_items_quantity CHECK (quantity > 0)
);

CREATE INDEX reviewable_items_customer ON reviewable_items (customer_id, delivered_at DESC);

CREATE TABLE reviews (
    id                 UUID PRIMARY KEY,
    order_id           UUID          NOT NULL,
    product_id         UUID          NOT NULL,
    customer_id        UUID          NOT NULL,
    store_id           UUID          NOT NULL,
    product_name       VARCHAR(255)  NOT NULL,
    rating             INT           NOT NULL,
    title              VARCHAR(120),
    body               VARCHAR(2000),
    -- The name the author chose to show, if any.
    author_name        VARCHAR(60),
    -- https URLs of the author's photos (hosted elsewhere), at most five.
    photo_urls         JSONB         NOT NULL DEFAULT '[]',
    status             VARCHAR(20)   NOT NULL,
    rejection_reason   VARCHAR(500),
    moderated_by       UUID,
    moderated_at       TIMESTAMPTZ,
    -- The store's one public response, editable.
    response_text      VARCHAR(1000),
    responded_by       UUID,
    responded_at       TIMESTAMPTZ,
    response_edited_at TIMESTAMPTZ,
    helpful_count      INT           NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    edited_at          TIMESTAMPTZ,
    -- Only what was delivered can be reviewed, and only once.
    CONSTRAINT reviews_item FOREIGN KEY (order_id, product_id) REFERENCES reviewable_items (order_id, product_id),
    CONSTRAINT reviews_one_per_item UNIQUE (order_id, product_id),
    CONSTRAINT reviews_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT reviews_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT reviews_rejection_has_reason CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL),
    CONSTRAINT reviews_photos CHECK (jsonb_typeof(photo_urls) = 'array' AND jsonb_array_length(photo_urls) <= 5),
    CONSTRAINT reviews_response_complete CHECK ((response_text IS NULL) = (responded_at IS NULL)),
    CONSTRAINT reviews_helpful_count CHECK (helpful_count >= 0)
);

-- A product's page: approved reviews newest first, by stars, or most helpful first.
CREATE INDEX reviews_product_newest ON reviews (product_id, created_at DESC) WHERE status = 'APPROVED';
CREATE INDEX reviews_product_rating ON reviews (product_id, rating DESC, created_at DESC) WHERE status = 'APPROVED';
CREATE INDEX reviews_product_helpful ON reviews (product_id, helpful_count DESC, created_at DESC)
    WHERE status = 'APPROVED';
CREATE INDEX reviews_customer ON reviews (customer_id, created_at DESC);
CREATE INDEX reviews_moderation ON reviews (status, created_at);

-- One helpful vote per customer and review.
CREATE TABLE review_votes (
    review_id  UUID        NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    voter_id   UUID        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (review_id, voter_id)
);

-- A product's approved reviews counted by stars, changed in the same transaction as the reviews themselves. The
-- count and the sum always agree with the histogram; revision counts the changes (ProductRatingChanged.revision).
CREATE TABLE product_ratings (
    product_id   UUID PRIMARY KEY,
    one_star     INT         NOT NULL DEFAULT 0,
    two_stars    INT         NOT NULL DEFAULT 0,
    three_stars  INT         NOT NULL DEFAULT 0,
    four_stars   INT         NOT NULL DEFAULT 0,
    five_stars   INT         NOT NULL DEFAULT 0,
    review_count INT         NOT NULL DEFAULT 0,
    rating_sum   INT         NOT NULL DEFAULT 0,
    revision     BIGINT      NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT product_ratings_counts CHECK (one_star >= 0 AND two_stars >= 0 AND three_stars >= 0
                                             AND four_stars >= 0 AND five_stars >= 0),
    CONSTRAINT product_ratings_count CHECK (review_count = one_star + two_stars + three_stars + four_stars + five_stars),
    CONSTRAINT product_ratings_sum CHECK (rating_sum = one_star + 2 * two_stars + 3 * three_stars + 4 * four_stars
                                          + 5 * five_stars),
    CONSTRAINT product_ratings_revision CHECK (revision >= 0)
);
