package com.jainshikanji.inventory.catalog;

/**
 * How options of a customization are chosen: {@code RADIO} and {@code SELECT} take at
 * most one option (exactly one when required), {@code CHECKBOX} any number.
 */
public enum CustomizationType {

	RADIO, CHECKBOX, SELECT;

	boolean singleChoice() {
		return this != CHECKBOX;
	}

}
