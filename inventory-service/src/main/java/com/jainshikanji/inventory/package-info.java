/**
 * The inventory service: the product catalog and the stock behind it, by feature
 * (catalog, stock, reservation, purchasing).
 */
@NullMarked
package com.jainshikanji.inventory;

import org.jspecify.annotations.NullMarked;
