package com.jainshikanji.inventory.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.inventory.catalog.Category.CategoryDetails;

/**
 * A category to create, or the full new content of one.
 *
 * @param slug the URL name; derived from the name when omitted
 */
record CategoryRequest(@NotBlank @Size(max = 100) String name,
		@Nullable @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
		@Nullable @Size(max = 2000) String description, @Nullable @Size(max = 500) String imageUrl,
		@Nullable @Min(0) @Max(10000) Integer displayOrder) {

	CategoryDetails toDetails() {
		return new CategoryDetails((this.slug != null) ? this.slug : Slugs.of(this.name), this.name.strip(),
				Slugs.blankToNull(this.description), Slugs.blankToNull(this.imageUrl),
				(this.displayOrder != null) ? this.displayOrder : 0);
	}

}
