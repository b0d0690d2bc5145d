package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A delivery address in a customer's address book; part of the {@link Customer}
 * aggregate, which decides which address is the default.
 */
@Entity
@Table(name = "customer_addresses")
class Address {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Embedded
	private AddressDetails details;

	@Column(name = "is_default")
	private boolean defaultAddress;

	private Instant createdAt;

	private Instant updatedAt;

	protected Address() {
	}

	Address(Customer customer, AddressDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.customer = customer;
		this.details = details;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void change(AddressDetails details, Instant now) {
		this.details = details;
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

	AddressDetails details() {
		return this.details;
	}

	boolean isDefault() {
		return this.defaultAddress;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	AddressResponse toResponse() {
		AddressDetails d = this.details;
		return new AddressResponse(this.id, d.type(), d.label(), d.line1(), d.line2(), d.landmark(), d.city(),
				d.state(), d.postalCode(), d.country(), d.latitude(), d.longitude(), this.defaultAddress,
				this.createdAt, this.updatedAt);
	}

}
