/**
 * Events the inventory service publishes about stock levels and about the menu.
 */
@NullMarked
package com.jainshikanji.common.events.inventory;

import org.jspecify.annotations.NullMarked;
