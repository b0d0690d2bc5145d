/**
 * The notification service: events in, notifications out.
 */
@NullMarked
package com.jainshikanji.notification;

import org.jspecify.annotations.NullMarked;
