package com.jainshikanji.common.web;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

/**
 * The path of an invalid body field as the client wrote it. Validation names fields by
 * their Java names ({@code razorpayOrderId}); a field the JSON calls something else
 * ({@code @JsonProperty("razorpay_order_id")}) must be named as sent, or the client is
 * told to fix a field it never sent. Indexes and nesting are kept:
 * {@code parts[0].partNo} becomes {@code line_items[0].part_no}.
 */
final class BodyFieldNames {

	private BodyFieldNames() {
	}

	static String of(@Nullable Object body, String path) {
		if (body == null) {
			return path;
		}
		StringBuilder wire = new StringBuilder();
		@Nullable Type type = body.getClass();
		for (String segment : path.split("\\.", -1)) {
			int bracket = segment.indexOf('[');
			String property = (bracket < 0) ? segment : segment.substring(0, bracket);
			String indexes = (bracket < 0) ? "" : segment.substring(bracket);
			Class<?> declaring = rawClass(type);
			Field field = (declaring != null) ? ReflectionUtils.findField(declaring, property) : null;
			JsonProperty renamed = (field != null) ? field.getAnnotation(JsonProperty.class) : null;
			wire.append(wire.isEmpty() ? "" : ".")
				.append((renamed != null && !renamed.value().isEmpty()) ? renamed.value() : property)
				.append(indexes);
			type = (field != null) ? elementType(field.getGenericType(), indexes) : null;
		}
		return wire.toString();
	}

	/** The type an index reaches into: a list's or map's values, an array's elements. */
	private static @Nullable Type elementType(Type type, String indexes) {
		Type current = type;
		for (int i = 0; i < indexes.length(); i++) {
			if (indexes.charAt(i) != '[') {
				continue;
			}
			if (current instanceof ParameterizedType parameterized) {
				Type[] arguments = parameterized.getActualTypeArguments();
				current = arguments[arguments.length - 1];
			}
			else if (current instanceof Class<?> array && array.isArray()) {
				current = array.getComponentType();
			}
			else if (current instanceof GenericArrayType array) {
				current = array.getGenericComponentType();
			}
			else {
				return null;
			}
		}
		return current;
	}

	private static @Nullable Class<?> rawClass(@Nullable Type type) {
		if (type instanceof Class<?> plain) {
			return plain;
		}
		return (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw)
				? raw : null;
	}

}
