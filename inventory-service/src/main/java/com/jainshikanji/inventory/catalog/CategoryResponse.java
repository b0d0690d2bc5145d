package com.jainshikanji.inventory.catalog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

record CategoryResponse(UUID id, String slug, String name, @Nullable String description, @Nullable String imageUrl,
		int displayOrder) {
}
