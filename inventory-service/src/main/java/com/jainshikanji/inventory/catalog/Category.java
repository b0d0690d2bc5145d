package com.jainshikanji.inventory.catalog;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A section of the menu (e.g. shikanji, lemonades, Jain snacks); products belong to one.
 */
@Entity
@Table(name = "categories")
class Category {

	@Id
	private UUID id;

	private String slug;

	private String name;

	private @Nullable String description;

	private @Nullable String imageUrl;

	private int displayOrder;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Category() {
	}

	Category(CategoryDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		change(details, now);
	}

	void change(CategoryDetails details, Instant now) {
		this.slug = details.slug();
		this.name = details.name();
		this.description = details.description();
		this.imageUrl = details.imageUrl();
		this.displayOrder = details.displayOrder();
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	String name() {
		return this.name;
	}

	/** What an admin last set. */
	CategoryDetails details() {
		return new CategoryDetails(this.slug, this.name, this.description, this.imageUrl, this.displayOrder);
	}

	CategoryResponse toResponse() {
		return new CategoryResponse(this.id, this.slug, this.name, this.description, this.imageUrl, this.displayOrder);
	}

	/** The new content of a category, as checked at the edge. */
	record CategoryDetails(String slug, String name, @Nullable String description, @Nullable String imageUrl,
			int displayOrder) {
	}

}
