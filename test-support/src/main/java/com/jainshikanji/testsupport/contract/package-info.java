/**
 * Tests every service inherits: migrations from empty, and bad input answered as
 * problems; and the contracts between services, written by the consumer, served to it by
 * stubs and replayed against the provider.
 */
@NullMarked
package com.jainshikanji.testsupport.contract;

import org.jspecify.annotations.NullMarked;
