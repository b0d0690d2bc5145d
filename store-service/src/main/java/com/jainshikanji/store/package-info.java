/**
 * The store service: stores, their operating hours, staff and delivery zones, and the
 * delivery quotes order placement relies on. One package per feature.
 */
@NullMarked
package com.jainshikanji.store;

import org.jspecify.annotations.NullMarked;
