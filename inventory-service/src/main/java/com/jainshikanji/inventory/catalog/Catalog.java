package com.jainshikanji.inventory.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.inventory.catalog.Category.CategoryDetails;

/**
 * Use cases of the catalog: browsing and reading products, pricing a choice of options,
 * and the admin's management of products, customizations and categories.
 */
@Service
class Catalog {

	private final Products products;

	private final Categories categories;

	private final ProductSearch search;

	private final Clock clock;

	Catalog(Products products, Categories categories, ProductSearch search, Clock clock) {
		this.products = products;
		this.categories = categories;
		this.search = search;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ProductPageResponse browse(ProductFilter filter, boolean withCost) {
		Instant now = this.clock.instant();
		ProductSearch.Result result = this.search.search(filter, now);
		Map<UUID, Product> loaded = this.products.findWithCategory(result.ids())
			.stream()
			.collect(Collectors.toMap(Product::id, Function.identity()));
		List<ProductSummaryResponse> items = result.ids()
			.stream()
			.map(loaded::get)
			.map((product) -> product.toSummary(withCost, now))
			.toList();
		long totalPages = (result.total() + filter.size() - 1) / filter.size();
		return new ProductPageResponse(items, filter.page(), filter.size(), result.total(), totalPages);
	}

	@Transactional(readOnly = true)
	ProductResponse product(String idOrSlug, boolean withCost) {
		return find(idOrSlug).toResponse(withCost, this.clock.instant());
	}

	@Transactional(readOnly = true)
	PriceQuoteResponse price(UUID productId, PriceRequest request) {
		return load(productId).price(request.options(), request.units(), this.clock.instant()).toResponse();
	}

	@Transactional
	ProductResponse create(ProductRequest request, UUID adminId) {
		ProductDetails details = request.toDetails();
		if (this.products.existsBySlug(details.slug())) {
			throw new SlugTaken("product", details.slug());
		}
		if (details.sku() != null && this.products.existsBySku(details.sku())) {
			throw new SkuTaken(details.sku());
		}
		Instant now = this.clock.instant();
		Product product = Product.create(details, category(request.categoryId()), adminId, now);
		this.products.saveAndFlush(product);
		return product.toResponse(true, now);
	}

	@Transactional
	ProductResponse change(UUID productId, ProductRequest request) {
		Product product = load(productId);
		ProductDetails details = request.toDetails();
		if (this.products.existsBySlugAndIdNot(details.slug(), productId)) {
			throw new SlugTaken("product", details.slug());
		}
		if (details.sku() != null && this.products.existsBySkuAndIdNot(details.sku(), productId)) {
			throw new SkuTaken(details.sku());
		}
		Instant now = this.clock.instant();
		product.change(details, category(request.categoryId()), now);
		this.products.flush();
		return product.toResponse(true, now);
	}

	@Transactional
	void archive(UUID productId) {
		load(productId).archive(this.clock.instant());
	}

	@Transactional(readOnly = true)
	List<CustomizationResponse> customizations(UUID productId) {
		return load(productId).customizationResponses();
	}

	@Transactional
	CustomizationResponse addCustomization(UUID productId, CustomizationRequest request) {
		Customization customization = load(productId).addCustomization(request.toDetails(), this.clock.instant());
		this.products.flush();
		return customization.toResponse();
	}

	@Transactional
	CustomizationResponse changeCustomization(UUID productId, UUID customizationId, CustomizationRequest request) {
		Customization customization = load(productId).changeCustomization(customizationId, request.toDetails(),
				this.clock.instant());
		this.products.flush();
		return customization.toResponse();
	}

	@Transactional
	void removeCustomization(UUID productId, UUID customizationId) {
		load(productId).removeCustomization(customizationId, this.clock.instant());
	}

	@Transactional(readOnly = true)
	List<CategoryResponse> categories() {
		return this.categories.findAllByOrderByDisplayOrderAscNameAsc().stream().map(Category::toResponse).toList();
	}

	@Transactional(readOnly = true)
	CategoryResponse category(String idOrSlug) {
		return findCategory(idOrSlug).toResponse();
	}

	@Transactional
	CategoryResponse createCategory(CategoryRequest request) {
		CategoryDetails details = request.toDetails();
		if (this.categories.existsBySlug(details.slug())) {
			throw new SlugTaken("category", details.slug());
		}
		Category category = new Category(details, this.clock.instant());
		this.categories.saveAndFlush(category);
		return category.toResponse();
	}

	@Transactional
	CategoryResponse changeCategory(UUID categoryId, CategoryRequest request) {
		Category category = category(categoryId);
		CategoryDetails details = request.toDetails();
		if (this.categories.existsBySlugAndIdNot(details.slug(), categoryId)) {
			throw new SlugTaken("category", details.slug());
		}
		category.change(details, this.clock.instant());
		this.categories.flush();
		return category.toResponse();
	}

	@Transactional
	void deleteCategory(UUID categoryId) {
		Category category = category(categoryId);
		long inUse = this.products.countByCategory(category);
		if (inUse > 0) {
			throw new CategoryInUse(category.slug(), inUse);
		}
		this.categories.delete(category);
	}

	private Product find(String idOrSlug) {
		UUID id = uuidOrNull(idOrSlug);
		return ((id != null) ? this.products.findById(id) : this.products.findBySlug(idOrSlug))
			.filter((product) -> !product.archived())
			.orElseThrow(() -> new ProductNotFound(idOrSlug));
	}

	private Product load(UUID productId) {
		return this.products.findById(productId)
			.filter((product) -> !product.archived())
			.orElseThrow(() -> new ProductNotFound(productId));
	}

	private Category category(UUID categoryId) {
		return this.categories.findById(categoryId).orElseThrow(() -> new CategoryNotFound(categoryId));
	}

	private Category findCategory(String idOrSlug) {
		UUID id = uuidOrNull(idOrSlug);
		return ((id != null) ? this.categories.findById(id) : this.categories.findBySlug(idOrSlug))
			.orElseThrow(() -> new CategoryNotFound(idOrSlug));
	}

	private static UUID uuidOrNull(String text) {
		if (text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
