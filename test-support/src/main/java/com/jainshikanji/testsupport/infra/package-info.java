/**
 * Real PostgreSQL, Kafka, Redis and SMTP for tests, from embedded binaries or containers.
 */
@NullMarked
package com.jainshikanji.testsupport.infra;

import org.jspecify.annotations.NullMarked;
