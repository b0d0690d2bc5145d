package com.jainshikanji.inventory.catalog;

import java.util.List;
import java.util.UUID;

record CustomizationResponse(UUID id, String name, CustomizationType type, boolean required, int displayOrder,
		List<OptionResponse> options) {
}
