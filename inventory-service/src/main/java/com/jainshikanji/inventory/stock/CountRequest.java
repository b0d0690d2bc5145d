package com.jainshikanji.inventory.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The result of a stock take.
 *
 * @param countedStock units found on hand; becomes the current stock
 */
record CountRequest(@NotNull @Min(0) @Max(1000000) Integer countedStock, @Nullable @Size(max = 500) String note) {
}
