/**
 * Money as a value: rupees, never negative, two decimals.
 */
@NullMarked
package com.jainshikanji.common.money;

import org.jspecify.annotations.NullMarked;
