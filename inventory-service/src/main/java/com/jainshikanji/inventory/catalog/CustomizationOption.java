package com.jainshikanji.inventory.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.catalog.Customization.OptionDetails;

/**
 * One choice of a {@link Customization}, e.g. "Less sugar" or "Large (+₹20)"; part of the
 * {@link Product} aggregate.
 */
@Entity
@Table(name = "customization_options")
class CustomizationOption {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "customization_id")
	private Customization customization;

	private String name;

	private Money priceModifier;

	@Column(name = "is_default")
	private boolean defaultOption;

	private int displayOrder;

	private Instant createdAt;

	protected CustomizationOption() {
	}

	CustomizationOption(Customization customization, OptionDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.customization = customization;
		this.createdAt = now;
		change(details);
	}

	void change(OptionDetails details) {
		this.name = details.name();
		this.priceModifier = details.priceModifier();
		this.defaultOption = details.isDefault();
		this.displayOrder = details.displayOrder();
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	Money priceModifier() {
		return this.priceModifier;
	}

	boolean isDefault() {
		return this.defaultOption;
	}

	Map<String, Object> describe() {
		return Map.of("name", this.name, "priceModifier", this.priceModifier.amount(), "isDefault", this.defaultOption);
	}

	OptionResponse toResponse() {
		return new OptionResponse(this.id, this.name, this.priceModifier.amount(), this.defaultOption,
				this.displayOrder);
	}

}
