package com.jainshikanji.customer.profile;

import org.jspecify.annotations.Nullable;

/**
 * What a replacement of an address asks of its default flag. Leaving the flag out keeps
 * it, so an address (the only one, say) is corrected without restating it.
 */
enum DefaultChoice {

	/** Make it the default, taking the flag from the address that had it. */
	MAKE_DEFAULT,

	/** Make it not the default; refused on the default itself. */
	NOT_DEFAULT,

	/** Leave the flag as it is. */
	AS_IS;

	/**
	 * @param isDefault the request's flag, {@code null} when it was left out
	 */
	static DefaultChoice of(@Nullable Boolean isDefault) {
		if (isDefault == null) {
			return AS_IS;
		}
		return isDefault ? MAKE_DEFAULT : NOT_DEFAULT;
	}

}
