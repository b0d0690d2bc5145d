/**
 * The points ledger: accounts, their entries with the balance after each, tiers, expiry
 * and manual adjustments.
 */
@NullMarked
package com.jainshikanji.loyalty.points;

import org.jspecify.annotations.NullMarked;
