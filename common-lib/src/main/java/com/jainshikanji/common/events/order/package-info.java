/**
 * Events the order service publishes: an order's life from placement to delivery or
 * refund.
 */
@NullMarked
package com.jainshikanji.common.events.order;

import org.jspecify.annotations.NullMarked;
