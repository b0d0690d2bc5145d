package com.jainshikanji.common.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Named values (enums) in query parameters and paths, read whatever their case, as in
 * request bodies: {@code ?status=pending} finds {@code PENDING}. Converters registered
 * for one enum (order-service's codes) still come first.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
final class AnyCaseEnums implements ConverterFactory<String, Enum> {

	@Override
	public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
		Class<?> type = targetType;
		// A constant with a body of its own is a subclass of its enum.
		while (!type.isEnum()) {
			type = type.getSuperclass();
		}
		Class<T> enumType = (Class<T>) type;
		return (source) -> {
			String name = source.trim();
			if (name.isEmpty()) {
				return null;
			}
			for (T constant : enumType.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(name)) {
					return constant;
				}
			}
			throw new IllegalArgumentException("No " + enumType.getSimpleName() + " named '" + name + "'");
		};
	}

}
