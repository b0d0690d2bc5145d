/**
 * Checks at the edge that keep every value a client sends within what the database
 * stores: dates in four-digit years, text without NUL characters, and readable errors for
 * values of the wrong type.
 */
@NullMarked
package com.jainshikanji.inventory.validation;

import org.jspecify.annotations.NullMarked;
