/**
 * The orders notifications follow: who ordered what where, and the last stage the
 * customer was told of.
 */
@NullMarked
package com.jainshikanji.notification.order;

import org.jspecify.annotations.NullMarked;
