/**
 * The idempotent-consumer record that makes redelivered events harmless.
 */
@NullMarked
package com.jainshikanji.common.messaging.inbox;

import org.jspecify.annotations.NullMarked;
