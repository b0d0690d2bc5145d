package com.jainshikanji.customer.identity;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * How a client receives its refresh token: in the JSON body (mobile apps, the default) or
 * in an httpOnly cookie (web apps, {@code ?mode=cookie}).
 */
enum TokenDelivery {

	JSON, COOKIE;

	/** The value of the {@code mode} parameter, as clients write it. */
	@JsonValue
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads {@code ?mode=}; an unknown mode fails conversion, which the problem advice
	 * reports as a 400 naming the parameter and the allowed values.
	 */
	@Component
	static class FromParameter implements Converter<String, TokenDelivery> {

		@Override
		public TokenDelivery convert(String source) {
			return Arrays.stream(values())
				.filter((delivery) -> delivery.toString().equals(source.strip().toLowerCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown mode " + source));
		}

	}

}
