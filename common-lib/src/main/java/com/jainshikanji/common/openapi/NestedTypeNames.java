package com.jainshikanji.common.openapi;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Schema names for nested types that keep their enclosing types:
 * {@code PlaceOrderRequest.Item} and {@code OrderResponse.Item}, not {@code Item} for
 * both. With simple names, the last of several nested records called {@code Item} (a
 * request's lines, a response's lines) silently stands for all of them, and clients
 * generated from the document send and expect the wrong fields. Top-level types keep
 * their simple names; an explicit {@code @Schema(name = ...)} still wins.
 */
class NestedTypeNames extends TypeNameResolver {

	@Override
	protected String getNameOfClass(Class<?> type) {
		String name = super.getNameOfClass(type);
		if (getUseFqn()) {
			return name;
		}
		for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
			name = outer.getSimpleName() + "." + name;
		}
		return name;
	}

}
