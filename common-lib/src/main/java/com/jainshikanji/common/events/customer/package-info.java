/**
 * Events the customer (identity) service publishes, and the seal that keeps one-time
 * account tokens in them readable by the notification service only.
 */
@NullMarked
package com.jainshikanji.common.events.customer;

import org.jspecify.annotations.NullMarked;
