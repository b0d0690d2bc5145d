/**
 * Events the payment service publishes: payments captured or failed, refunds made or
 * refused.
 */
@NullMarked
package com.jainshikanji.common.events.payment;

import org.jspecify.annotations.NullMarked;
