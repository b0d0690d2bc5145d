package com.jainshikanji.store.outlet;

import org.jspecify.annotations.Nullable;

/** How optional text is stored: trimmed, and absent rather than blank. */
final class OptionalText {

	private OptionalText() {
	}

	static @Nullable String of(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
