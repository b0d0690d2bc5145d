/**
 * The menu: categories, products made of value objects (pricing, dietary flags,
 * availability...), their customizations, and pricing a choice of options.
 */
@NullMarked
package com.jainshikanji.inventory.catalog;

import org.jspecify.annotations.NullMarked;
