/**
 * Rollups per store and day, per product and day, per hour: recomputed from the facts for
 * every store-day a change touches, a moment after the change, never incremented.
 */
@NullMarked
package com.jainshikanji.analytics.rollup;

import org.jspecify.annotations.NullMarked;
