/**
 * Facts from the platform's events: one row per order completed by whichever of its
 * events arrives, registrations; each event applied once, in any order.
 */
@NullMarked
package com.jainshikanji.analytics.facts;

import org.jspecify.annotations.NullMarked;
