package com.jainshikanji.inventory.catalog;

import java.util.UUID;

record CategoryResponse(UUID id, String slug, String name, String description, String imageUrl, int displayOrder) {
}
