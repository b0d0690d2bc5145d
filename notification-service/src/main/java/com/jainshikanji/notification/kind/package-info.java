/**
 * The vocabulary every feature shares: kinds of notification, their categories, and the
 * channels.
 */
@NullMarked
package com.jainshikanji.notification.kind;

import org.jspecify.annotations.NullMarked;
