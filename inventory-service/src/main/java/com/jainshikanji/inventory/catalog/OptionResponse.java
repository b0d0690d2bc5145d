package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.UUID;

record OptionResponse(UUID id, String name, BigDecimal priceModifier, boolean isDefault, int displayOrder) {
}
