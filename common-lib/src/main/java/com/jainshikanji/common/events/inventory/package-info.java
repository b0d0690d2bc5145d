/**
 * Events the inventory service publishes about stock levels.
 */
@NullMarked
package com.jainshikanji.common.events.inventory;

import org.jspecify.annotations.NullMarked;
