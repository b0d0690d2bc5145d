package com.jainshikanji.inventory.catalog;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * What search engines and link previews show of a product; both optional.
 *
 * @param metaTitle the page title
 * @param metaDescription the snippet under it
 */
@Embeddable
record Seo(@Nullable String metaTitle, @Nullable String metaDescription) {

	static final Seo NONE = new Seo(null, null);

}
