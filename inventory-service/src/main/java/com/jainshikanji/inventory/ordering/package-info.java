/**
 * What the order service asks of the catalog and stock together when it places an order:
 * the price of every item at a store, and whether each can be had there now.
 */
@NullMarked
package com.jainshikanji.inventory.ordering;

import org.jspecify.annotations.NullMarked;
