/**
 * Stores as outlets: where each is, how customers reach it, what it asks of an order, its
 * weekly operating hours (open now?) and who may run it.
 */
@NullMarked
package com.jainshikanji.store.outlet;

import org.jspecify.annotations.NullMarked;
