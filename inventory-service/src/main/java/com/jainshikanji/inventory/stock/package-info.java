/**
 * Stock per product and store: levels, adjustments, stock takes, the audit trail of every
 * change, and the holds, sales and returns reservations and purchase orders make.
 */
@NullMarked
package com.jainshikanji.inventory.stock;

import org.jspecify.annotations.NullMarked;
