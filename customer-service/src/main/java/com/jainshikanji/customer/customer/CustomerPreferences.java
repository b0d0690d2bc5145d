package com.jainshikanji.customer.customer;

import java.time.Instant;
import java.util.ArrayList;
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

/**
 * What a customer likes and how they want to be contacted; part of the {@link Customer}
 * aggregate.
 */
@Entity
@Table(name = "customer_preferences")
class CustomerPreferences {

	@Id
	private UUID customerId;

	@MapsId
	@OneToOne(optional = false)
	private Customer customer;

	@Enumerated(EnumType.STRING)
	private SpiceLevel preferredSpiceLevel = SpiceLevel.MILD;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> dietaryRestrictions = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> favoriteCategories = new ArrayList<>();

	private boolean emailNotifications = true;

	private boolean smsNotifications = true;

	private boolean pushNotifications = true;

	// Marketing needs an explicit opt-in.
	private boolean marketingEmails;

	@Enumerated(EnumType.STRING)
	private PaymentMethod preferredPaymentMethod;

	@Enumerated(EnumType.STRING)
	private DeliveryTime preferredDeliveryTime;

	private Instant updatedAt;

	protected CustomerPreferences() {
	}

	CustomerPreferences(Customer customer, Instant now) {
		this.customer = customer;
		this.updatedAt = now;
	}

	void change(PreferencesRequest request, Instant now) {
		this.preferredSpiceLevel = request.preferredSpiceLevel();
		this.dietaryRestrictions = new ArrayList<>(
				new TreeSet<>(request.dietaryRestrictions().stream().map(Enum::name).toList()));
		this.favoriteCategories = new ArrayList<>(new TreeSet<>(request.favoriteCategories()));
		this.emailNotifications = request.emailNotifications();
		this.smsNotifications = request.smsNotifications();
		this.pushNotifications = request.pushNotifications();
		this.marketingEmails = request.marketingEmails();
		this.preferredPaymentMethod = request.preferredPaymentMethod();
		this.preferredDeliveryTime = request.preferredDeliveryTime();
		this.updatedAt = now;
	}

	PreferencesResponse toResponse() {
		Set<DietaryRestriction> restrictions = new TreeSet<>();
		this.dietaryRestrictions.forEach((name) -> restrictions.add(DietaryRestriction.valueOf(name)));
		return new PreferencesResponse(this.preferredSpiceLevel, restrictions, List.copyOf(this.favoriteCategories),
				this.emailNotifications, this.smsNotifications, this.pushNotifications, this.marketingEmails,
				this.preferredPaymentMethod, this.preferredDeliveryTime, this.updatedAt);
	}

}
