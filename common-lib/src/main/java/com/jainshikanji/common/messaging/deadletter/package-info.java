/**
 * Dead letters stored, counted, listed and replayed.
 */
@NullMarked
package com.jainshikanji.common.messaging.deadletter;

import org.jspecify.annotations.NullMarked;
