/**
 * Reading what services published to Kafka in tests.
 */
@NullMarked
package com.jainshikanji.testsupport.kafka;

import org.jspecify.annotations.NullMarked;
