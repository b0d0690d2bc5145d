package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.catalog.Customization.CustomizationDetails;
import com.jainshikanji.inventory.catalog.InvalidSelection.Rule;

/**
 * A product on the menu, with its customizations. Owns its prices (money, never
 * negative), its availability (a switch plus an optional window) and pricing: what one
 * unit costs with a given choice of options, refusing choices its customizations do not
 * allow.
 */
@Entity
@Table(name = "products")
class Product {

	@Id
	private UUID id;

	private String name;

	private String slug;

	private String description;

	private String shortDescription;

	private String sku;

	private Money price;

	private Money originalPrice;

	private Money costPrice;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	private Category category;

	private String subcategory;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] tags = {};

	@Column(name = "is_veg")
	private boolean veg;

	@Column(name = "is_vegan")
	private boolean vegan;

	@Column(name = "is_jain")
	private boolean jain;

	@Column(name = "is_gluten_free")
	private boolean glutenFree;

	@Column(name = "is_nut_free")
	private boolean nutFree;

	@Enumerated(EnumType.STRING)
	private SpiceLevel spiceLevel;

	private int prepTimeMinutes;

	private int servings;

	private String weight;

	private String unit;

	private Integer shelfLifeDays;

	private String storageInstructions;

	private Integer calories;

	@Column(name = "protein_g")
	private BigDecimal proteinG;

	@Column(name = "carbs_g")
	private BigDecimal carbsG;

	@Column(name = "fat_g")
	private BigDecimal fatG;

	@Column(name = "fiber_g")
	private BigDecimal fiberG;

	@Column(name = "sodium_mg")
	private Integer sodiumMg;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> images = new ArrayList<>();

	private String videoUrl;

	@Column(name = "is_available")
	private boolean available;

	private Instant availableFrom;

	private Instant availableUntil;

	@Column(name = "is_featured")
	private boolean featured;

	private BigDecimal rating;

	private int reviewCount;

	private String metaTitle;

	private String metaDescription;

	private Instant archivedAt;

	private Instant createdAt;

	private Instant updatedAt;

	private UUID createdBy;

	@Version
	private Long version;

	@OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("displayOrder, name")
	private List<Customization> customizations = new ArrayList<>();

	protected Product() {
	}

	private Product(ProductDetails details, Category category, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.rating = new BigDecimal("0.00");
		this.createdAt = now;
		this.createdBy = createdBy;
		change(details, category, now);
	}

	static Product create(ProductDetails details, Category category, UUID createdBy, Instant now) {
		return new Product(details, category, createdBy, now);
	}

	/** Replaces everything an admin edits; ratings and customizations are left alone. */
	void change(ProductDetails details, Category category, Instant now) {
		details.validate();
		this.name = details.name();
		this.slug = details.slug();
		this.description = details.description();
		this.shortDescription = details.shortDescription();
		this.sku = details.sku();
		this.price = details.price();
		this.originalPrice = details.originalPrice();
		this.costPrice = details.costPrice();
		this.category = category;
		this.subcategory = details.subcategory();
		this.tags = details.tags().toArray(String[]::new);
		this.jain = details.jain();
		this.veg = details.veg();
		this.vegan = details.vegan();
		this.glutenFree = details.glutenFree();
		this.nutFree = details.nutFree();
		this.spiceLevel = details.spiceLevel();
		this.prepTimeMinutes = details.prepTimeMinutes();
		this.servings = details.servings();
		this.weight = details.weight();
		this.unit = details.unit();
		this.shelfLifeDays = details.shelfLifeDays();
		this.storageInstructions = details.storageInstructions();
		Nutrition nutrition = details.nutrition();
		this.calories = nutrition.calories();
		this.proteinG = nutrition.proteinG();
		this.carbsG = nutrition.carbsG();
		this.fatG = nutrition.fatG();
		this.fiberG = nutrition.fiberG();
		this.sodiumMg = nutrition.sodiumMg();
		this.images = new ArrayList<>(details.images());
		this.videoUrl = details.videoUrl();
		this.available = details.available();
		this.availableFrom = details.availableFrom();
		this.availableUntil = details.availableUntil();
		this.featured = details.featured();
		this.metaTitle = details.metaTitle();
		this.metaDescription = details.metaDescription();
		this.updatedAt = now;
	}

	/**
	 * Takes the product off the catalog for good. Its row stays, for the stock, purchase
	 * orders and reservations that name it.
	 */
	void archive(Instant now) {
		if (this.archivedAt == null) {
			this.archivedAt = now;
			this.available = false;
			this.updatedAt = now;
		}
	}

	boolean archived() {
		return this.archivedAt != null;
	}

	/** Whether it can be ordered at the given time: switched on and inside its window. */
	boolean orderableAt(Instant now) {
		return this.available && this.archivedAt == null
				&& (this.availableFrom == null || !now.isBefore(this.availableFrom))
				&& (this.availableUntil == null || now.isBefore(this.availableUntil));
	}

	Customization addCustomization(CustomizationDetails details, Instant now) {
		int last = this.customizations.stream().mapToInt(Customization::displayOrder).max().orElse(0);
		Customization customization = new Customization(this, details.placedAt(last + 1), now);
		this.customizations.add(customization);
		this.updatedAt = now;
		return customization;
	}

	Customization changeCustomization(UUID customizationId, CustomizationDetails details, Instant now) {
		Customization customization = customization(customizationId);
		customization.change(details, now);
		this.updatedAt = now;
		return customization;
	}

	void removeCustomization(UUID customizationId, Instant now) {
		this.customizations.remove(customization(customizationId));
		this.updatedAt = now;
	}

	private Customization customization(UUID customizationId) {
		return this.customizations.stream()
			.filter((customization) -> customization.id().equals(customizationId))
			.findFirst()
			.orElseThrow(() -> new CustomizationNotFound(this.id, customizationId));
	}

	/**
	 * Prices {@code quantity} units with the chosen options. The choice must fit the
	 * customizations: every option one of this product's, an option for every required
	 * customization, at most one for a radio or select; and the product must be orderable
	 * now.
	 * @throws InvalidSelection naming the rule broken
	 */
	PriceQuote price(Collection<UUID> optionIds, int quantity, Instant now) {
		if (!orderableAt(now)) {
			throw new InvalidSelection(Rule.PRODUCT_UNAVAILABLE, "'" + this.name + "' cannot be ordered right now");
		}
		Set<UUID> chosen = new LinkedHashSet<>(optionIds);
		Map<UUID, CustomizationOption> known = new LinkedHashMap<>();
		this.customizations
			.forEach((customization) -> customization.options().forEach((option) -> known.put(option.id(), option)));
		for (UUID optionId : chosen) {
			if (!known.containsKey(optionId)) {
				throw new InvalidSelection(Rule.OPTION_NOT_OF_PRODUCT,
						"Option " + optionId + " is not an option of '" + this.name + "'");
			}
		}
		List<PriceQuote.Selection> selections = new ArrayList<>();
		Money unitPrice = this.price;
		for (Customization customization : sortedCustomizations()) {
			List<CustomizationOption> picked = customization.options()
				.stream()
				.filter((option) -> chosen.contains(option.id()))
				.toList();
			if (customization.required() && picked.isEmpty()) {
				throw new InvalidSelection(Rule.REQUIRED_CUSTOMIZATION_MISSING,
						"Choose an option for '" + customization.name() + "'");
			}
			if (customization.type().singleChoice() && picked.size() > 1) {
				throw new InvalidSelection(Rule.TOO_MANY_OPTIONS, "'" + customization.name() + "' is a "
						+ customization.type().name().toLowerCase(java.util.Locale.ROOT) + ": choose one option only");
			}
			for (CustomizationOption option : picked) {
				selections.add(new PriceQuote.Selection(customization.id(), customization.name(), option.id(),
						option.name(), option.priceModifier()));
				unitPrice = unitPrice.plus(option.priceModifier());
			}
		}
		return new PriceQuote(this.id, this.name, this.price, selections, unitPrice, quantity,
				unitPrice.times(quantity));
	}

	private List<Customization> sortedCustomizations() {
		return this.customizations.stream()
			.sorted(Comparator.comparingInt(Customization::displayOrder).thenComparing(Customization::name))
			.toList();
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	String slug() {
		return this.slug;
	}

	List<CustomizationResponse> customizationResponses() {
		return sortedCustomizations().stream().map(Customization::toResponse).toList();
	}

	ProductSummaryResponse toSummary(boolean withCost, Instant now) {
		return new ProductSummaryResponse(this.id, this.slug, this.name, this.shortDescription, this.price.amount(),
				amount(this.originalPrice), withCost ? amount(this.costPrice) : null, categoryRef(), this.subcategory,
				List.of(this.tags), dietary(), this.spiceLevel, this.prepTimeMinutes, this.servings,
				this.images.isEmpty() ? null : this.images.getFirst(), orderableAt(now), this.featured, this.rating,
				this.reviewCount);
	}

	ProductResponse toResponse(boolean withCost, Instant now) {
		return new ProductResponse(this.id, this.slug, this.name, this.description, this.shortDescription, this.sku,
				this.price.amount(), amount(this.originalPrice), withCost ? amount(this.costPrice) : null,
				categoryRef(), this.subcategory, List.of(this.tags), dietary(), this.spiceLevel, this.prepTimeMinutes,
				this.servings, this.weight, this.unit, this.shelfLifeDays, this.storageInstructions,
				new Nutrition(this.calories, this.proteinG, this.carbsG, this.fatG, this.fiberG, this.sodiumMg),
				List.copyOf(this.images), this.videoUrl, orderableAt(now),
				new ProductResponse.Availability(this.available, this.availableFrom, this.availableUntil),
				this.featured, this.rating, this.reviewCount, this.metaTitle, this.metaDescription,
				customizationResponses(), this.createdAt, this.updatedAt);
	}

	private ProductSummaryResponse.CategoryRef categoryRef() {
		return new ProductSummaryResponse.CategoryRef(this.category.id(), this.category.slug(), this.category.name());
	}

	private ProductSummaryResponse.Dietary dietary() {
		return new ProductSummaryResponse.Dietary(this.jain, this.veg, this.vegan, this.glutenFree, this.nutFree);
	}

	private static BigDecimal amount(Money money) {
		return (money != null) ? money.amount() : null;
	}

}
