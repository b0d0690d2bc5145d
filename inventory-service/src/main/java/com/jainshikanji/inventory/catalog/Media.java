package com.jainshikanji.inventory.catalog;

import java.util.List;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Pictures and a video of a product.
 *
 * @param images image URLs, the first one shown in lists
 * @param videoUrl a video, if any
 */
@Embeddable
record Media(@JdbcTypeCode(SqlTypes.JSON) List<String> images, @Nullable String videoUrl) {

	Media {
		images = List.copyOf(images);
	}

	@Nullable String firstImage() {
		return this.images.isEmpty() ? null : this.images.getFirst();
	}

}
