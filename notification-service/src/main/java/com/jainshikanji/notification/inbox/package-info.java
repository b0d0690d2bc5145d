/**
 * In-app notifications: each person's list, read in the apps.
 */
@NullMarked
package com.jainshikanji.notification.inbox;

import org.jspecify.annotations.NullMarked;
