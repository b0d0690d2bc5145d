/**
 * Reacts to the order topic: remembers orders, opens and settles cash payments, stops
 * payments of cancelled orders and refunds what the order service asks to.
 */
@NullMarked
package com.jainshikanji.payment.orderevents;

import org.jspecify.annotations.NullMarked;
