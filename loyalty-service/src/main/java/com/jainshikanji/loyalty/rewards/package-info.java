/**
 * The reward catalog: what customers take for their points.
 */
@NullMarked
package com.jainshikanji.loyalty.rewards;

import org.jspecify.annotations.NullMarked;
