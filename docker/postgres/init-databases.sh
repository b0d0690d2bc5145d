#!/usr/bin/env bash
# Creates one database and one owner role per service at the cluster's first start. Passwords come from the
# environment (see .env.example); nothing is hard-coded.
set -euo pipefail

create() {
	local database=$1 password=$2
	psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE ${database} LOGIN PASSWORD '${password}';
CREATE DATABASE ${database} OWNER ${database};
REVOKE ALL ON DATABASE ${database} FROM PUBLIC;
SQL
}

create customer "${CUSTOMER_DB_PASSWORD:?set CUSTOMER_DB_PASSWORD}"
create inventory "${INVENTORY_DB_PASSWORD:?set INVENTORY_DB_PASSWORD}"
create store "${STORE_DB_PASSWORD:?set STORE_DB_PASSWORD}"
create orders "${ORDERS_DB_PASSWORD:?set ORDERS_DB_PASSWORD}"
create payment "${PAYMENT_DB_PASSWORD:?set PAYMENT_DB_PASSWORD}"
create loyalty "${LOYALTY_DB_PASSWORD:?set LOYALTY_DB_PASSWORD}"
create notification "${NOTIFICATION_DB_PASSWORD:?set NOTIFICATION_DB_PASSWORD}"
create analytics "${ANALYTICS_DB_PASSWORD:?set ANALYTICS_DB_PASSWORD}"
create review "${REVIEW_DB_PASSWORD:?set REVIEW_DB_PASSWORD}"
