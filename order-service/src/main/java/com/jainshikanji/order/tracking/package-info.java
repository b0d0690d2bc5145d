/**
 * Following an order: the delivery person's location updates, and a live stream of the
 * order's status and location (Server-Sent Events) so an app need not poll.
 */
@NullMarked
package com.jainshikanji.order.tracking;

import org.jspecify.annotations.NullMarked;
