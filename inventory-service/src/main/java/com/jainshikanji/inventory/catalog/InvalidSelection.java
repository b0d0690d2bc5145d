package com.jainshikanji.inventory.catalog;

/**
 * A choice of options a product does not allow, naming the {@link Rule} it breaks.
 */
public class InvalidSelection extends RuntimeException {

	private final Rule rule;

	InvalidSelection(Rule rule, String message) {
		super(message);
		this.rule = rule;
	}

	public Rule rule() {
		return this.rule;
	}

	/** The rules of choosing options; each slug is also the problem type. */
	public enum Rule {

		/** An option id that is not one of this product's options. */
		OPTION_NOT_OF_PRODUCT("option-not-of-product"),

		/** No option chosen for a required customization. */
		REQUIRED_CUSTOMIZATION_MISSING("required-customization-missing"),

		/** More than one option chosen for a radio or select customization. */
		TOO_MANY_OPTIONS("too-many-options"),

		/** The product is switched off, outside its ordering window, or archived. */
		PRODUCT_UNAVAILABLE("product-unavailable");

		private final String slug;

		Rule(String slug) {
			this.slug = slug;
		}

		public String slug() {
			return this.slug;
		}

	}

}
