/**
 * Events the loyalty service publishes about customers' tiers and points.
 */
@NullMarked
package com.jainshikanji.common.events.loyalty;

import org.jspecify.annotations.NullMarked;
