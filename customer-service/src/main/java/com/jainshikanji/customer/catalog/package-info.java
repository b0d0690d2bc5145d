/**
 * The catalog as this service asks it: whether a product exists, from the inventory
 * service's public product read, behind a circuit breaker and a retry.
 */
@NullMarked
package com.jainshikanji.customer.catalog;

import org.jspecify.annotations.NullMarked;
