/**
 * The order aggregate and its lifecycle: reading orders, running them at the store, and
 * the changes payments make; every change on the timeline and published as events.
 */
@NullMarked
package com.jainshikanji.order.order;

import org.jspecify.annotations.NullMarked;
