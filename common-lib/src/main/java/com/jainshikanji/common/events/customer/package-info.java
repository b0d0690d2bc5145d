/**
 * Events the customer (identity) service publishes.
 */
@NullMarked
package com.jainshikanji.common.events.customer;

import org.jspecify.annotations.NullMarked;
