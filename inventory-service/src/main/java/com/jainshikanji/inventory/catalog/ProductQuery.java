package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a product list is narrowed to and how it is ordered, bound from the query string;
 * {@code null} means "any". Each bad parameter is a 400 naming it.
 *
 * @param q free text, matched against name and descriptions
 * @param category a category slug
 * @param subcategory a subcategory, in any case
 * @param tag products carrying all of these tags (repeat the parameter)
 * @param jain only Jain (or only non-Jain) products
 * @param minPrice the lowest price, in rupees
 * @param maxPrice the highest price, in rupees
 * @param available only products that can (true) or cannot (false) be ordered now
 * @param featured only featured (or only other) products
 * @param inStockAt only products with stock available at this store
 * @param sort one of relevance (the default), price_asc, price_desc, rating, newest, name
 * @param page zero-based; 0 when omitted
 * @param size products per page, at most {@value #MAX_PAGE_SIZE}; 20 when omitted
 */
record ProductQuery(@Nullable @Size(max = 200) String q, @Nullable @Size(max = 100) String category,
		@Nullable @Size(max = 100) String subcategory, @Nullable @Size(max = 10) List<@Size(max = 50) String> tag,
		@Nullable Boolean jain, @Nullable Boolean veg, @Nullable Boolean vegan, @Nullable Boolean glutenFree,
		@Nullable Boolean nutFree, @Nullable SpiceLevel spiceLevel,
		@Nullable @DecimalMin("0") @DecimalMax(MAX_PRICE) @Digits(integer = 8, fraction = 2) BigDecimal minPrice,
		@Nullable @DecimalMin("0") @DecimalMax(MAX_PRICE) @Digits(integer = 8, fraction = 2) BigDecimal maxPrice,
		@Nullable Boolean available, @Nullable Boolean featured, @Nullable UUID inStockAt,
		@Nullable @Pattern(regexp = ProductSort.WIRE_NAMES, message = ProductSort.MESSAGE) String sort,
		@Nullable @Min(0) @Max(10000) Integer page, @Nullable @Min(1) @Max(MAX_PAGE_SIZE) Integer size) {

	static final int MAX_PAGE_SIZE = 100;

	/** The dearest price a product can have ({@code DECIMAL(10,2)}). */
	static final String MAX_PRICE = "99999999.99";

	boolean hasText() {
		return this.q != null && !this.q.isBlank();
	}

	List<String> tags() {
		return (this.tag != null) ? this.tag : List.of();
	}

	ProductSort sortOrder() {
		return ProductSort.of((this.sort != null) ? this.sort : "relevance");
	}

	int pageNumber() {
		return (this.page != null) ? this.page : 0;
	}

	int pageSize() {
		return (this.size != null) ? this.size : 20;
	}

}
