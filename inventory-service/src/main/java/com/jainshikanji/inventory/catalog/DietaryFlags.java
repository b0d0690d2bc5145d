package com.jainshikanji.inventory.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a product is fit for. A Jain or vegan product is vegetarian, always: a value that
 * says otherwise cannot be made.
 *
 * @param jain free of onion, garlic, root vegetables and honey
 * @param veg vegetarian
 * @param vegan free of anything animal, dairy included
 * @param glutenFree free of gluten
 * @param nutFree free of nuts
 */
@Embeddable
record DietaryFlags(@Column(name = "is_jain") boolean jain, @Column(name = "is_veg") boolean veg,
		@Column(name = "is_vegan") boolean vegan, @Column(name = "is_gluten_free") boolean glutenFree,
		@Column(name = "is_nut_free") boolean nutFree) {

	DietaryFlags {
		if ((jain || vegan) && !veg) {
			throw new InvalidProduct("A Jain or vegan product is vegetarian: set veg to true");
		}
	}

}
