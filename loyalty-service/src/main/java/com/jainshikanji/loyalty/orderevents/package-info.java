/**
 * Keeps loyalty in step with orders: confirms or returns holds, earns on delivery,
 * reverses on refund.
 */
@NullMarked
package com.jainshikanji.loyalty.orderevents;

import org.jspecify.annotations.NullMarked;
