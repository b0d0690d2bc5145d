/**
 * Who manages which store, from the store service's staff events.
 */
@NullMarked
package com.jainshikanji.analytics.staff;

import org.jspecify.annotations.NullMarked;
