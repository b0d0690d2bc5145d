package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What a customer likes; part of the {@link Customer} aggregate. How they want to be
 * contacted is the notification service's (see ADR 0011).
 */
@Entity
@Table(name = "customer_preferences")
class CustomerPreferences {

	@Id
	private @Nullable UUID customerId;

	@MapsId
	@OneToOne(optional = false)
	private Customer customer;

	@Enumerated(EnumType.STRING)
	private SpiceLevel preferredSpiceLevel = SpiceLevel.MILD;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> dietaryRestrictions = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> favoriteCategories = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private @Nullable PaymentMethod preferredPaymentMethod;

	@Enumerated(EnumType.STRING)
	private @Nullable DeliveryTime preferredDeliveryTime;

	private Instant updatedAt;

	protected CustomerPreferences() {
	}

	CustomerPreferences(Customer customer, Instant now) {
		this.customer = customer;
		this.updatedAt = now;
	}

	void change(PreferencesChange change, Instant now) {
		this.preferredSpiceLevel = change.spiceLevel();
		this.dietaryRestrictions = new ArrayList<>(
				new TreeSet<>(change.dietaryRestrictions().stream().map(Enum::name).toList()));
		this.favoriteCategories = new ArrayList<>(change.favoriteCategories());
		this.preferredPaymentMethod = change.paymentMethod();
		this.preferredDeliveryTime = change.deliveryTime();
		this.updatedAt = now;
	}

	/** The preferences as they are now. */
	PreferencesChange current() {
		Set<DietaryRestriction> restrictions = EnumSet.noneOf(DietaryRestriction.class);
		this.dietaryRestrictions.forEach((name) -> restrictions.add(DietaryRestriction.valueOf(name)));
		return new PreferencesChange(this.preferredSpiceLevel, restrictions, this.favoriteCategories,
				this.preferredPaymentMethod, this.preferredDeliveryTime);
	}

	PreferencesResponse toResponse() {
		PreferencesChange current = current();
		return new PreferencesResponse(current.spiceLevel(), new TreeSet<>(current.dietaryRestrictions()),
				current.favoriteCategories(), this.preferredPaymentMethod, this.preferredDeliveryTime, this.updatedAt);
	}

}
