/**
 * Notification preferences: per category, the channels each person may be told on.
 */
@NullMarked
package com.jainshikanji.notification.preference;

import org.jspecify.annotations.NullMarked;
