/**
 * Deliveries: the queue of email, SMS and push notifications, the per-channel workers
 * that send them with retries, and the delivery log.
 */
@NullMarked
package com.jainshikanji.notification.delivery;

import org.jspecify.annotations.NullMarked;
