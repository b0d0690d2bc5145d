/**
 * Calling the services order placement depends on: circuit breakers, retries where a call
 * is idempotent, and one problem (503 with Retry-After) for a service that is down or
 * slow.
 */
@NullMarked
package com.jainshikanji.order.downstream;

import org.jspecify.annotations.NullMarked;
