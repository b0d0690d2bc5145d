package com.jainshikanji.inventory.catalog;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * URL names of products and categories: lower-case letters and digits joined by hyphens.
 */
final class Slugs {

	static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	static final String MESSAGE = "must be lower-case letters and digits joined by single hyphens";

	private Slugs() {
	}

	/**
	 * A slug from a name, e.g. "Masala Shikanji (500 ml)" -> "masala-shikanji-500-ml".
	 */
	static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.isEmpty()) {
			throw new InvalidSlug(name);
		}
		return (slug.length() > 100) ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
