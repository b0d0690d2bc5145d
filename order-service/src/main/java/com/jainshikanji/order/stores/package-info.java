/**
 * The store service as order placement uses it: whether a store can take an order now,
 * for delivery to an address or for pickup and dine-in, at what fee and how fast.
 */
@NullMarked
package com.jainshikanji.order.stores;

import org.jspecify.annotations.NullMarked;
