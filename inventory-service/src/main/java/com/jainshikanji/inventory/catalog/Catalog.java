package com.jainshikanji.inventory.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.common.events.inventory.CategoryChanged;
import com.jainshikanji.common.events.inventory.ProductChanged;
import com.jainshikanji.inventory.catalog.Category.CategoryDetails;
import com.jainshikanji.inventory.catalog.Customization.CustomizationDetails;

/**
 * Use cases of the catalog: browsing and reading products, pricing a choice of options,
 * and the admin's management of products, customizations and categories, each change
 * recorded in the audit log and announced ({@link ProductChanged},
 * {@link CategoryChanged}) through the outbox, which also tells every instance's
 * {@link MenuCache} what to drop.
 */
@Service
class Catalog {

	private final Products products;

	private final Categories categories;

	private final ProductSearch search;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Catalog(Products products, Categories categories, ProductSearch search, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.products = products;
		this.categories = categories;
		this.search = search;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	ProductPageResponse browse(ProductQuery query, boolean withCost) {
		Instant now = this.clock.instant();
		ProductSearch.Result result = this.search.search(query, now);
		Map<UUID, Product> loaded = this.products.findWithCategory(result.ids())
			.stream()
			.collect(Collectors.toMap(Product::id, Function.identity()));
		List<ProductSummaryResponse> items = result.ids()
			.stream()
			.map(loaded::get)
			.map((product) -> product.toSummary(withCost, now))
			.toList();
		long totalPages = (result.total() + query.pageSize() - 1) / query.pageSize();
		return new ProductPageResponse(items, query.pageNumber(), query.pageSize(), result.total(), totalPages);
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
		Product product = Product.create(details, categoryToFileUnder(request.categoryId()), adminId, now);
		this.products.saveAndFlush(product);
		this.audit.record(AuditEvent.of("product.created", "product", product.id())
			.with("name", details.name())
			.with("slug", details.slug())
			.with("categoryId", request.categoryId())
			.with("price", details.pricing().priceAmount())
			.with("available", details.availability().enabled()));
		this.events.publishEvent(new ProductChanged(product.id()));
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
		ProductDetails before = product.details();
		UUID categoryBefore = product.category().id();
		product.change(details, categoryToFileUnder(request.categoryId()), now);
		this.products.flush();
		Map<String, Map<String, @Nullable Object>> changes = details.changesFrom(before);
		if (!categoryBefore.equals(request.categoryId())) {
			changes.put("categoryId", fromTo(categoryBefore, request.categoryId()));
		}
		this.audit.record(AuditEvent.of("product.changed", "product", productId)
			.with("name", details.name())
			.with("changes", changes));
		this.events.publishEvent(new ProductChanged(productId));
		return product.toResponse(true, now);
	}

	@Transactional
	void archive(UUID productId) {
		Product product = load(productId);
		if (product.archive(this.clock.instant())) {
			this.audit.record(AuditEvent.of("product.archived", "product", productId).with("name", product.name()));
			this.events.publishEvent(new ProductChanged(productId));
		}
	}

	@Transactional(readOnly = true)
	List<CustomizationResponse> customizations(UUID productId) {
		return load(productId).customizationResponses();
	}

	@Transactional
	CustomizationResponse addCustomization(UUID productId, CustomizationRequest request) {
		CustomizationDetails details = request.toDetails();
		Customization customization = load(productId).addCustomization(details, this.clock.instant());
		this.products.flush();
		this.audit.record(AuditEvent.of("customization.added", "customization", customization.id())
			.with("productId", productId)
			.with("customization", customization.describe()));
		this.events.publishEvent(new ProductChanged(productId));
		return customization.toResponse();
	}

	@Transactional
	CustomizationResponse changeCustomization(UUID productId, UUID customizationId, CustomizationRequest request) {
		Product product = load(productId);
		Map<String, Object> before = product.customization(customizationId).describe();
		Customization customization = product.changeCustomization(customizationId, request.toDetails(),
				this.clock.instant());
		this.products.flush();
		this.audit.record(AuditEvent.of("customization.changed", "customization", customizationId)
			.with("productId", productId)
			.with("before", before)
			.with("after", customization.describe()));
		this.events.publishEvent(new ProductChanged(productId));
		return customization.toResponse();
	}

	@Transactional
	void removeCustomization(UUID productId, UUID customizationId) {
		Customization removed = load(productId).removeCustomization(customizationId, this.clock.instant());
		this.audit.record(AuditEvent.of("customization.removed", "customization", customizationId)
			.with("productId", productId)
			.with("customization", removed.describe()));
		this.events.publishEvent(new ProductChanged(productId));
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
		this.audit.record(AuditEvent.of("category.created", "category", category.id())
			.with("slug", details.slug())
			.with("name", details.name()));
		this.events.publishEvent(new CategoryChanged(category.id()));
		return category.toResponse();
	}

	@Transactional
	CategoryResponse changeCategory(UUID categoryId, CategoryRequest request) {
		Category category = category(categoryId);
		CategoryDetails details = request.toDetails();
		if (this.categories.existsBySlugAndIdNot(details.slug(), categoryId)) {
			throw new SlugTaken("category", details.slug());
		}
		CategoryDetails before = category.details();
		category.change(details, this.clock.instant());
		this.categories.flush();
		this.audit.record(AuditEvent.of("category.changed", "category", categoryId)
			.with("before", before)
			.with("after", details));
		this.events.publishEvent(new CategoryChanged(categoryId));
		return category.toResponse();
	}

	@Transactional
	void deleteCategory(UUID categoryId) {
		// Locked before counting: a product being filed under it meanwhile is either
		// counted or finds it gone, never left pointing at a deleted category.
		Category category = this.categories.lockToDelete(categoryId)
			.orElseThrow(() -> new CategoryNotFound(categoryId));
		long onTheMenu = this.products.countByCategoryAndArchivedAtIsNull(category);
		if (onTheMenu > 0) {
			throw new CategoryInUse(category.slug(), onTheMenu);
		}
		// Archived products stay (stock, purchase orders and reservations name them) but
		// are shown nowhere: they let go of the category, in this transaction. Hibernate
		// flushes their updates before the category's delete.
		Instant now = this.clock.instant();
		List<Product> archived = this.products.findByCategoryAndArchivedAtIsNotNull(category);
		archived.forEach((product) -> product.leaveCategory(now));
		this.categories.delete(category);
		this.audit.record(AuditEvent.of("category.deleted", "category", categoryId)
			.with("slug", category.slug())
			.with("name", category.name())
			.with("archivedProductsReleased", archived.stream().map(Product::id).toList()));
		this.events.publishEvent(new CategoryChanged(categoryId));
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

	/**
	 * The category a product is being filed under, locked so that it cannot be deleted
	 * before the product is saved.
	 */
	private Category categoryToFileUnder(UUID categoryId) {
		return this.categories.lockToFileUnder(categoryId).orElseThrow(() -> new CategoryNotFound(categoryId));
	}

	private Category findCategory(String idOrSlug) {
		UUID id = uuidOrNull(idOrSlug);
		return ((id != null) ? this.categories.findById(id) : this.categories.findBySlug(idOrSlug))
			.orElseThrow(() -> new CategoryNotFound(idOrSlug));
	}

	private static Map<String, @Nullable Object> fromTo(Object from, Object to) {
		Map<String, @Nullable Object> change = new java.util.LinkedHashMap<>();
		change.put("from", from);
		change.put("to", to);
		return change;
	}

	private static @Nullable UUID uuidOrNull(String text) {
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
