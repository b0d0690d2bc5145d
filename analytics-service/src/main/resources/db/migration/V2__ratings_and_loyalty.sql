-- A product's rating as the review service last said it: an event is kept only if its revision is newer than the
-- one kept, so a late, older event cannot undo a newer one. Not per store: reviews are of the product.
CREATE TABLE product_ratings (
    product_id       UUID PRIMARY KEY,
    revision         BIGINT        NOT NULL,
    review_count     INT           NOT NULL CHECK (review_count >= 0),
    average          NUMERIC(3, 2),
    bayesian_average NUMERIC(3, 2),
    changed_at       TIMESTAMPTZ   NOT NULL
);

-- Every change of a customer's points, one row per account revision (LoyaltyPointsChanged): a set, so redelivered
-- events add nothing and their order does not matter. The tier a customer had at a moment is the tier of their
-- highest revision up to it.
CREATE TABLE loyalty_point_facts (
    customer_id UUID        NOT NULL,
    revision    BIGINT      NOT NULL,
    change      INT         NOT NULL,
    reason      VARCHAR(20) NOT NULL,
    tier        VARCHAR(10) NOT NULL,
    balance     BIGINT      NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (customer_id, revision)
);

CREATE INDEX loyalty_point_facts_changed ON loyalty_point_facts (changed_at);

-- Every tier change, one row per the customer's tier change counter (LoyaltyTierChanged), for upgrades and
-- downgrades per period.
CREATE TABLE loyalty_tier_changes (
    customer_id   UUID        NOT NULL,
    sequence      BIGINT      NOT NULL,
    previous_tier VARCHAR(10) NOT NULL,
    new_tier      VARCHAR(10) NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (customer_id, sequence)
);

CREATE INDEX loyalty_tier_changes_changed ON loyalty_tier_changes (changed_at);
