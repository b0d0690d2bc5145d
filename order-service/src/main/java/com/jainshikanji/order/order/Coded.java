package com.jainshikanji.order.order;

import java.util.Arrays;

/**
 * A value with a fixed lowercase code, the same in the database, in JSON and in query
 * parameters, as the spec writes it ({@code out_for_delivery}, {@code dine-in}).
 */
public interface Coded {

	String code();

	/**
	 * The constant of an enum with the given code.
	 * @throws IllegalArgumentException naming the codes allowed
	 */
	static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"'" + code + "' is not one of " + Arrays.toString(type.getEnumConstants())));
	}

}
