/**
 * The apps' visit events (product viewed, added to cart, checkout started) and the
 * conversion funnel built from them and the orders.
 */
@NullMarked
package com.jainshikanji.analytics.funnel;

import org.jspecify.annotations.NullMarked;
