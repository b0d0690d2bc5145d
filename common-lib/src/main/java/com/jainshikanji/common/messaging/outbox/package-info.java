/**
 * The transactional outbox and its relay to Kafka, with parked events for operators.
 */
@NullMarked
package com.jainshikanji.common.messaging.outbox;

import org.jspecify.annotations.NullMarked;
