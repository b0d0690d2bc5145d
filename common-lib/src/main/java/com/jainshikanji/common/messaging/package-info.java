/**
 * Events over Kafka with the database as the source of truth: outbox, inbox, retries and
 * dead letters.
 */
@NullMarked
package com.jainshikanji.common.messaging;

import org.jspecify.annotations.NullMarked;
