package com.jainshikanji.inventory.catalog;

/** How hot a product is; {@code SWEET} for desserts and sweet drinks. */
public enum SpiceLevel {

	MILD, MEDIUM, HOT, SWEET

}
