/**
 * The inventory service as order placement uses it: pricing the items of an order at its
 * store, and holding their stock under the order's id.
 */
@NullMarked
package com.jainshikanji.order.catalog;

import org.jspecify.annotations.NullMarked;
