package com.jainshikanji.inventory.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.catalog.Customization.CustomizationDetails;
import com.jainshikanji.inventory.catalog.InvalidSelection.Rule;

/**
 * A product on the menu, with its customizations. Made of value objects, as an order
 * embeds its delivery and payment: its {@link Pricing}, {@link DietaryFlags},
 * {@link Serving}, {@link Nutrition}, {@link Media}, {@link Availability} (which decides
 * when it can be ordered), {@link Seo} and the {@link Rating} mirrored from reviews. Owns
 * pricing: what one unit costs with a given choice of options, refusing choices its
 * customizations do not allow.
 */
@Entity
@Table(name = "products")
class Product {

	@Id
	private UUID id;

	private String name;

	private String slug;

	private @Nullable String description;

	private @Nullable String shortDescription;

	private @Nullable String sku;

	@Embedded
	private Pricing pricing;

	/**
	 * {@code null} only once archived, when the category was deleted (see
	 * {@link #leaveCategory}); a product on the menu always has one.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "category_id")
	private @Nullable Category category;

	private @Nullable String subcategory;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] tags = {};

	@Embedded
	private DietaryFlags dietary;

	@Embedded
	private Serving serving;

	/**
	 * {@code null} when every figure is (Hibernate's reading of an all-null embeddable).
	 */
	@Embedded
	private @Nullable Nutrition nutrition;

	@Embedded
	private Media media;

	@Embedded
	private Availability availability;

	@Column(name = "is_featured")
	private boolean featured;

	@Embedded
	private Rating rating;

	/** {@code null} when neither member is set. */
	@Embedded
	private @Nullable Seo seo;

	private @Nullable Instant archivedAt;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable UUID createdBy;

	@Version
	private @Nullable Long version;

	@OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("displayOrder, name")
	private List<Customization> customizations = new ArrayList<>();

	protected Product() {
	}

	private Product(ProductDetails details, Category category, @Nullable UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.rating = Rating.NONE;
		this.createdAt = now;
		this.createdBy = createdBy;
		change(details, category, now);
	}

	static Product create(ProductDetails details, Category category, @Nullable UUID createdBy, Instant now) {
		return new Product(details, category, createdBy, now);
	}

	/** Replaces everything an admin edits; ratings and customizations are left alone. */
	void change(ProductDetails details, Category category, Instant now) {
		this.name = details.name();
		this.slug = details.slug();
		this.description = details.description();
		this.shortDescription = details.shortDescription();
		this.sku = details.sku();
		this.pricing = details.pricing();
		this.category = category;
		this.subcategory = details.subcategory();
		this.tags = details.tags().toArray(String[]::new);
		this.dietary = details.dietary();
		this.serving = details.serving();
		this.nutrition = details.nutrition();
		this.media = details.media();
		this.availability = details.availability();
		this.featured = details.featured();
		this.seo = details.seo();
		this.updatedAt = now;
	}

	/** What an admin last set, as they would send it again. */
	ProductDetails details() {
		return new ProductDetails(this.name, this.slug, this.description, this.shortDescription, this.sku, this.pricing,
				this.subcategory, List.of(this.tags), this.dietary, this.serving, nutrition(), this.media,
				this.availability, this.featured, seo());
	}

	/**
	 * Takes the product off the catalog for good, and switches it off. Its row stays, for
	 * the stock, purchase orders and reservations that name it.
	 * @return whether anything changed: {@code false} when it was archived already
	 */
	boolean archive(Instant now) {
		if (this.archivedAt != null) {
			return false;
		}
		this.archivedAt = now;
		this.availability = this.availability.switchedOff();
		this.updatedAt = now;
		return true;
	}

	/**
	 * Lets go of its category, which is being deleted: only an archived product may,
	 * being off the menu for good and shown nowhere a category is read (orders keep their
	 * own copy of it).
	 * @throws IllegalStateException when the product is still on the menu (the caller
	 * refuses to delete a category with such products first)
	 */
	void leaveCategory(Instant now) {
		if (this.archivedAt == null) {
			throw new IllegalStateException("Product " + this.id + " is on the menu and must keep its category");
		}
		this.category = null;
		this.updatedAt = now;
	}

	/**
	 * Mirrors the review service's rating, unless the rating held is a later one: a
	 * retried, older change must not undo a newer one.
	 * @return whether it changed
	 */
	boolean rate(Rating announced) {
		if (!announced.newerThan(this.rating)) {
			return false;
		}
		this.rating = announced;
		return true;
	}

	Rating rating() {
		return this.rating;
	}

	boolean archived() {
		return this.archivedAt != null;
	}

	/**
	 * Whether it can be ordered at the given time: in the catalog, and available then.
	 */
	boolean orderableAt(Instant now) {
		return this.archivedAt == null && this.availability.orderableAt(now);
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

	/**
	 * @return the customization removed
	 */
	Customization removeCustomization(UUID customizationId, Instant now) {
		Customization customization = customization(customizationId);
		this.customizations.remove(customization);
		this.updatedAt = now;
		return customization;
	}

	Customization customization(UUID customizationId) {
		return this.customizations.stream()
			.filter((customization) -> customization.id().equals(customizationId))
			.findFirst()
			.orElseThrow(() -> new CustomizationNotFound(this.id, customizationId));
	}

	/**
	 * Prices {@code quantity} units with the chosen options. The choice must fit the
	 * customizations: every option one of this product's, an option for every required
	 * customization (its default when none is chosen and it has one), at most one for a
	 * radio or select; and the product must be orderable now.
	 * @throws InvalidSelection naming the rule broken
	 */
	PriceQuote price(Collection<UUID> optionIds, int quantity, Instant now) {
		if (!orderableAt(now)) {
			throw new InvalidSelection(Rule.PRODUCT_UNAVAILABLE, "'" + this.name + "' cannot be ordered right now");
		}
		return quote(optionIds, quantity);
	}

	/**
	 * Prices {@code quantity} units with the chosen options whether or not the product
	 * can be ordered now (the caller decides what that means, as order pricing reports it
	 * per item); the choice must still fit the customizations.
	 * @throws InvalidSelection naming the rule broken
	 */
	PriceQuote quote(Collection<UUID> optionIds, int quantity) {
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
		Money unitPrice = this.pricing.price();
		for (Customization customization : sortedCustomizations()) {
			List<CustomizationOption> picked = customization.options()
				.stream()
				.filter((option) -> chosen.contains(option.id()))
				.toList();
			if (customization.required() && picked.isEmpty()) {
				// What the menu shows preselected is what the customer gets when they
				// leave it: an API client need not repeat it.
				picked = customization.defaultOptions();
				if (picked.isEmpty()) {
					throw new InvalidSelection(Rule.REQUIRED_CUSTOMIZATION_MISSING,
							"Choose an option for '" + customization.name() + "'");
				}
			}
			if (customization.type().singleChoice() && picked.size() > 1) {
				throw new InvalidSelection(Rule.TOO_MANY_OPTIONS, "'" + customization.name() + "' is a "
						+ customization.type().name().toLowerCase(Locale.ROOT) + ": choose one option only");
			}
			for (CustomizationOption option : picked) {
				selections.add(new PriceQuote.Selection(customization.id(), customization.name(), option.id(),
						option.name(), option.priceModifier()));
				unitPrice = unitPrice.plus(option.priceModifier());
			}
		}
		return new PriceQuote(this.id, this.name, this.pricing.price(), selections, unitPrice, quantity,
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

	@Nullable String sku() {
		return this.sku;
	}

	/**
	 * The category it is filed under; asked only of products on the menu, which always
	 * have one.
	 * @throws IllegalStateException for an archived product whose category was deleted
	 */
	Category category() {
		if (this.category == null) {
			throw new IllegalStateException("Archived product " + this.id + " is in no category");
		}
		return this.category;
	}

	Nutrition nutrition() {
		return (this.nutrition != null) ? this.nutrition : Nutrition.NONE;
	}

	Seo seo() {
		return (this.seo != null) ? this.seo : Seo.NONE;
	}

	List<CustomizationResponse> customizationResponses() {
		return sortedCustomizations().stream().map(Customization::toResponse).toList();
	}

	ProductSummaryResponse toSummary(boolean withCost, Instant now) {
		return new ProductSummaryResponse(this.id, this.slug, this.name, this.shortDescription,
				this.pricing.priceAmount(), this.pricing.originalPriceAmount(), this.pricing.costPriceAmount(withCost),
				categoryRef(), this.subcategory, List.of(this.tags), dietaryResponse(), this.serving.spiceLevel(),
				this.serving.prepTimeMinutes(), this.serving.servings(), this.media.firstImage(), orderableAt(now),
				this.featured, this.rating.average(), this.rating.count());
	}

	ProductResponse toResponse(boolean withCost, Instant now) {
		return new ProductResponse(this.id, this.slug, this.name, this.description, this.shortDescription, this.sku,
				this.pricing.priceAmount(), this.pricing.originalPriceAmount(), this.pricing.costPriceAmount(withCost),
				categoryRef(), this.subcategory, List.of(this.tags), dietaryResponse(), this.serving.spiceLevel(),
				this.serving.prepTimeMinutes(), this.serving.servings(), this.serving.weight(), this.serving.unit(),
				this.serving.shelfLifeDays(), this.serving.storageInstructions(), nutrition(), this.media.images(),
				this.media.videoUrl(), orderableAt(now),
				new ProductResponse.AvailabilityResponse(this.availability.enabled(), this.availability.from(),
						this.availability.until()),
				this.featured, this.rating.average(), this.rating.count(), seo().metaTitle(), seo().metaDescription(),
				customizationResponses(), this.createdAt, this.updatedAt);
	}

	private ProductSummaryResponse.CategoryRef categoryRef() {
		Category filedUnder = category();
		return new ProductSummaryResponse.CategoryRef(filedUnder.id(), filedUnder.slug(), filedUnder.name());
	}

	private ProductSummaryResponse.Dietary dietaryResponse() {
		return new ProductSummaryResponse.Dietary(this.dietary.jain(), this.dietary.veg(), this.dietary.vegan(),
				this.dietary.glutenFree(), this.dietary.nutFree());
	}

}
