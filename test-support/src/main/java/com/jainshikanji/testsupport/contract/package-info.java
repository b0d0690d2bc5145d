/**
 * Tests every service inherits: migrations from empty, and bad input answered as
 * problems.
 */
@NullMarked
package com.jainshikanji.testsupport.contract;

import org.jspecify.annotations.NullMarked;
