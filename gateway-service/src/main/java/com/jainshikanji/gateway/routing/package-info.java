/**
 * One route per service, with timeouts, circuit breakers, retries and cleaned-up headers.
 */
@NullMarked
package com.jainshikanji.gateway.routing;

import org.jspecify.annotations.NullMarked;
