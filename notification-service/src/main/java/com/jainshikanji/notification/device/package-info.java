/**
 * The devices push notifications go to.
 */
@NullMarked
package com.jainshikanji.notification.device;

import org.jspecify.annotations.NullMarked;
