package com.jainshikanji.customer.profile;

/** Restrictions a customer wants the menu filtered by. */
enum DietaryRestriction {

	JAIN, VEG, VEGAN, GLUTEN_FREE, NUT_FREE

}
