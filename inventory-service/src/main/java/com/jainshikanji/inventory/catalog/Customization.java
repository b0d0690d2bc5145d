package com.jainshikanji.inventory.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * One way a product can be customized (sugar level, ice, size, add-ons) with its options;
 * part of the {@link Product} aggregate. Keeps its own invariants: at least one option,
 * option names unique, at most one default for a single-choice customization.
 */
@Entity
@Table(name = "product_customizations")
class Customization {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "product_id")
	private Product product;

	private String name;

	@Enumerated(EnumType.STRING)
	private CustomizationType type;

	@Column(name = "is_required")
	private boolean required;

	private int displayOrder;

	private Instant createdAt;

	@OneToMany(mappedBy = "customization", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("displayOrder, name")
	private List<CustomizationOption> options = new ArrayList<>();

	protected Customization() {
	}

	Customization(Product product, CustomizationDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.product = product;
		this.createdAt = now;
		change(details, now);
	}

	/**
	 * Replaces name, type, rules and options. Options that carry the id of one of this
	 * customization's options are changed in place (keeping their id); options without an
	 * id are new; options left out are removed.
	 */
	void change(CustomizationDetails details, Instant now) {
		validate(details);
		this.name = details.name();
		this.type = details.type();
		this.required = details.required();
		if (details.displayOrder() != null) {
			this.displayOrder = details.displayOrder();
		}
		Map<UUID, CustomizationOption> existing = new HashMap<>();
		this.options.forEach((option) -> existing.put(option.id(), option));
		List<CustomizationOption> kept = new ArrayList<>();
		for (OptionDetails option : details.options()) {
			if (option.id() == null) {
				kept.add(new CustomizationOption(this, option, now));
				continue;
			}
			CustomizationOption current = existing.get(option.id());
			if (current == null) {
				throw new InvalidCustomization("Customization '" + details.name() + "' has no option " + option.id());
			}
			current.change(option);
			kept.add(current);
		}
		this.options.retainAll(kept);
		kept.stream().filter((option) -> !this.options.contains(option)).forEach(this.options::add);
	}

	/** The options preselected for the customer: at most one for a radio or select. */
	List<CustomizationOption> defaultOptions() {
		return this.options.stream().filter(CustomizationOption::isDefault).toList();
	}

	private static void validate(CustomizationDetails details) {
		if (details.options().isEmpty()) {
			throw new InvalidCustomization("Customization '" + details.name() + "' needs at least one option");
		}
		Set<String> names = new HashSet<>();
		for (OptionDetails option : details.options()) {
			if (!names.add(option.name().toLowerCase(Locale.ROOT))) {
				throw new InvalidCustomization(
						"Customization '" + details.name() + "' lists option '" + option.name() + "' twice");
			}
		}
		long defaults = details.options().stream().filter(OptionDetails::isDefault).count();
		if (details.type().singleChoice() && defaults > 1) {
			throw new InvalidCustomization("Customization '" + details.name() + "' is " + details.type()
					+ ": at most one option can be the default");
		}
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	CustomizationType type() {
		return this.type;
	}

	boolean required() {
		return this.required;
	}

	int displayOrder() {
		return this.displayOrder;
	}

	List<CustomizationOption> options() {
		return List.copyOf(this.options);
	}

	/** The customization as an admin set it, for the audit log. */
	Map<String, Object> describe() {
		Map<String, Object> described = new java.util.LinkedHashMap<>();
		described.put("name", this.name);
		described.put("type", this.type.name());
		described.put("required", this.required);
		described.put("displayOrder", this.displayOrder);
		described.put("options", this.options.stream().map(CustomizationOption::describe).toList());
		return described;
	}

	CustomizationResponse toResponse() {
		return new CustomizationResponse(this.id, this.name, this.type, this.required, this.displayOrder,
				this.options.stream().map(CustomizationOption::toResponse).toList());
	}

	/**
	 * The content of a customization, as checked at the edge.
	 *
	 * @param displayOrder where it is shown among the product's customizations;
	 * {@code null} to put a new one last and leave an existing one where it is
	 */
	record CustomizationDetails(String name, CustomizationType type, boolean required, @Nullable Integer displayOrder,
			List<OptionDetails> options) {

		CustomizationDetails placedAt(int order) {
			return (this.displayOrder != null) ? this
					: new CustomizationDetails(this.name, this.type, this.required, order, this.options);
		}

	}

	/**
	 * One option.
	 *
	 * @param id the option to change, or {@code null} for a new one
	 */
	record OptionDetails(@Nullable UUID id, String name, Money priceModifier, boolean isDefault, int displayOrder) {
	}

}
