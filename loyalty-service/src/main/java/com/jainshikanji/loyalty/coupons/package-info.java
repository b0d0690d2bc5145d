/**
 * Campaigns and their coupons: who may use a code on which cart, and how many uses are
 * left.
 */
@NullMarked
package com.jainshikanji.loyalty.coupons;

import org.jspecify.annotations.NullMarked;
