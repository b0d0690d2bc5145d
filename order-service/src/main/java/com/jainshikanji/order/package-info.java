/**
 * order-service: placing, running and tracking orders; the orchestrator of the order saga
 * with the payment and inventory services.
 */
@NullMarked
package com.jainshikanji.order;

import org.jspecify.annotations.NullMarked;
