/**
 * The service's wiring: security rules, public endpoints, signing keys and password
 * hashing, and the inventory service's client.
 */
@NullMarked
package com.jainshikanji.customer.config;

import org.jspecify.annotations.NullMarked;
