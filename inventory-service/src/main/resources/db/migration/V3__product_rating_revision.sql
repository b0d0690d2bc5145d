-- A product's rating and review count are the review service's (ProductRatingChanged), mirrored here for browsing and
-- sorting; rating is its Bayesian average (0 while nobody reviewed the product). The revision of the last change
-- applied lets an older event, retried after a newer one, change nothing. (V3: V2 is the order service's
-- reservation returns.)
ALTER TABLE products ADD COLUMN rating_revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE products ADD CONSTRAINT products_rating_revision CHECK (rating_revision >= 0);
