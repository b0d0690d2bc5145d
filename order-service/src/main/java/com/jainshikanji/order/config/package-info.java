/**
 * The service's wiring: who may call what, the clients of the services order placement
 * depends on, and how query parameters bind.
 */
@NullMarked
package com.jainshikanji.order.config;

import org.jspecify.annotations.NullMarked;
