-- customer_db: identity (accounts, roles, refresh tokens, login throttling) and customer profiles.
-- Every user of the platform has a row in customers, staff and admins included; roles tell them apart.

CREATE TABLE customers (
    id              UUID PRIMARY KEY,
    email           VARCHAR(255) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    phone           VARCHAR(20),
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100),
    display_name    VARCHAR(255),
    date_of_birth   DATE,
    gender          VARCHAR(20),
    is_active       BOOLEAN      NOT NULL DEFAULT true,
    email_verified  BOOLEAN      NOT NULL DEFAULT false,
    phone_verified  BOOLEAN      NOT NULL DEFAULT false,
    -- Owned by the loyalty service; mirrored here for the profile, never set from a request.
    loyalty_points  INT          NOT NULL DEFAULT 0,
    loyalty_tier    VARCHAR(20)  NOT NULL DEFAULT 'BRONZE',
    last_login_at   TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT customers_email_lower CHECK (email = lower(email)),
    CONSTRAINT customers_first_name_not_blank CHECK (btrim(first_name) <> ''),
    CONSTRAINT customers_loyalty_points_non_negative CHECK (loyalty_points >= 0),
    CONSTRAINT customers_loyalty_tier CHECK (loyalty_tier IN ('BRONZE', 'SILVER', 'GOLD', 'PLATINUM')),
    CONSTRAINT customers_gender CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'))
);

CREATE UNIQUE INDEX customers_email_key ON customers (email);
CREATE UNIQUE INDEX customers_phone_key ON customers (phone) WHERE phone IS NOT NULL;

CREATE TABLE customer_roles (
    customer_id UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (customer_id, role),
    CONSTRAINT customer_roles_role CHECK (role IN ('CUSTOMER', 'STAFF', 'ADMIN', 'SERVICE'))
);

CREATE TABLE customer_addresses (
    id            UUID PRIMARY KEY,
    customer_id   UUID         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    type          VARCHAR(20)  NOT NULL DEFAULT 'HOME',
    label         VARCHAR(100),
    address_line1 VARCHAR(255) NOT NULL,
    address_line2 VARCHAR(255),
    landmark      VARCHAR(255),
    city          VARCHAR(100) NOT NULL,
    state         VARCHAR(100) NOT NULL,
    postal_code   VARCHAR(20)  NOT NULL,
    country       VARCHAR(100) NOT NULL DEFAULT 'India',
    latitude      DECIMAL(10, 8),
    longitude     DECIMAL(11, 8),
    is_default    BOOLEAN      NOT NULL DEFAULT false,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT customer_addresses_type CHECK (type IN ('HOME', 'WORK', 'OTHER')),
    CONSTRAINT customer_addresses_latitude CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT customer_addresses_longitude CHECK (longitude BETWEEN -180 AND 180)
);

CREATE INDEX customer_addresses_customer ON customer_addresses (customer_id);
-- At most one default per customer, checked at commit so the default can move from one address to another
-- within a transaction; the aggregate keeps it at exactly one whenever the customer has an address.
ALTER TABLE customer_addresses ADD CONSTRAINT customer_addresses_one_default
    EXCLUDE USING btree (customer_id WITH =) WHERE (is_default) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE customer_preferences (
    customer_id              UUID PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    preferred_spice_level    VARCHAR(20) NOT NULL DEFAULT 'MILD',
    dietary_restrictions     VARCHAR(20)[] NOT NULL DEFAULT '{}',
    favorite_categories      VARCHAR(100)[] NOT NULL DEFAULT '{}',
    email_notifications      BOOLEAN     NOT NULL DEFAULT true,
    sms_notifications        BOOLEAN     NOT NULL DEFAULT true,
    push_notifications       BOOLEAN     NOT NULL DEFAULT true,
    marketing_emails         BOOLEAN     NOT NULL DEFAULT false,
    preferred_payment_method VARCHAR(20),
    preferred_delivery_time  VARCHAR(20),
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT customer_preferences_spice CHECK (preferred_spice_level IN ('MILD', 'MEDIUM', 'HOT', 'SWEET')),
    CONSTRAINT customer_preferences_payment CHECK (preferred_payment_method IN ('UPI', 'CARD', 'NETBANKING', 'COD', 'WALLET')),
    CONSTRAINT customer_preferences_delivery_time CHECK (preferred_delivery_time IN ('MORNING', 'AFTERNOON', 'EVENING'))
);

CREATE TABLE customer_favorites (
    customer_id UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    product_id  UUID        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, product_id)
);

CREATE INDEX customer_favorites_product ON customer_favorites (product_id);

-- Refresh tokens, stored only as SHA-256 hashes. Each login starts a family; every refresh rotates the token
-- within its family. Presenting a token that was already rotated revokes the family (reuse detection).
CREATE TABLE refresh_tokens (
    id           UUID PRIMARY KEY,
    family_id    UUID        NOT NULL,
    customer_id  UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    token_hash   VARCHAR(64) NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    rotated_at   TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    user_agent   VARCHAR(255),
    ip_address   VARCHAR(45)
);

CREATE UNIQUE INDEX refresh_tokens_hash_key ON refresh_tokens (token_hash);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_customer ON refresh_tokens (customer_id);
CREATE INDEX refresh_tokens_expires ON refresh_tokens (expires_at);

-- Failed logins, counted per account (whether or not it exists) and per client IP to throttle guessing.
CREATE TABLE login_failures (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email     VARCHAR(255) NOT NULL,
    client_ip VARCHAR(45)  NOT NULL,
    failed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX login_failures_email ON login_failures (email, failed_at);
CREATE INDEX login_failures_ip ON login_failures (client_ip, failed_at);
