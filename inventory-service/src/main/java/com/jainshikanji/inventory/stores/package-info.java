/**
 * The store service as the inventory asks it: whether a store exists, before stock or a
 * purchase order is kept for it.
 */
@NullMarked
package com.jainshikanji.inventory.stores;

import org.jspecify.annotations.NullMarked;
