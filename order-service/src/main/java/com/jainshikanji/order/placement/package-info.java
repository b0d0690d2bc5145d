/**
 * Placing an order: idempotent per customer and key, priced by the catalog and the store,
 * stock reserved under the order's id before the order exists, and nothing left behind
 * when a service it needs fails (see docs/adr/0007-order-placement.md).
 */
@NullMarked
package com.jainshikanji.order.placement;

import org.jspecify.annotations.NullMarked;
