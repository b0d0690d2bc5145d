package com.jainshikanji.customer.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A delivery address in a customer's address book; part of the {@link Customer}
 * aggregate.
 */
@Entity
@Table(name = "customer_addresses")
class Address {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Enumerated(EnumType.STRING)
	private AddressType type;

	private String label;

	@Column(name = "address_line1")
	private String line1;

	@Column(name = "address_line2")
	private String line2;

	private String landmark;

	private String city;

	private String state;

	private String postalCode;

	private String country;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Column(name = "is_default")
	private boolean defaultAddress;

	private Instant createdAt;

	private Instant updatedAt;

	protected Address() {
	}

	Address(Customer customer, AddressDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.customer = customer;
		this.createdAt = now;
		change(details, now);
	}

	void change(AddressDetails details, Instant now) {
		this.type = details.type();
		this.label = details.label();
		this.line1 = details.line1();
		this.line2 = details.line2();
		this.landmark = details.landmark();
		this.city = details.city();
		this.state = details.state();
		this.postalCode = details.postalCode();
		this.country = details.country();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.updatedAt = now;
	}

	void markDefault(boolean isDefault, Instant now) {
		if (this.defaultAddress != isDefault) {
			this.defaultAddress = isDefault;
			this.updatedAt = now;
		}
	}

	UUID id() {
		return this.id;
	}

	boolean isDefault() {
		return this.defaultAddress;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	AddressResponse toResponse() {
		return new AddressResponse(this.id, this.type, this.label, this.line1, this.line2, this.landmark, this.city,
				this.state, this.postalCode, this.country, this.latitude, this.longitude, this.defaultAddress,
				this.createdAt, this.updatedAt);
	}

}
