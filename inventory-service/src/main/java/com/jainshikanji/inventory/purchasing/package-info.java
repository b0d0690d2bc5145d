/**
 * Suppliers, and the purchase orders stores place with them, whose goods go into stock
 * when received.
 */
@NullMarked
package com.jainshikanji.inventory.purchasing;

import org.jspecify.annotations.NullMarked;
