/**
 * Stock held for orders being placed: reserved all or nothing, then committed, released
 * or expired, each exactly once.
 */
@NullMarked
package com.jainshikanji.inventory.reservation;

import org.jspecify.annotations.NullMarked;
