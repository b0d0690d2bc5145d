package com.jainshikanji.inventory.purchasing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A business the stores buy from. Deleting one deactivates it: purchase orders keep
 * naming it, and no new purchase order can be placed with it.
 */
@Entity
@Table(name = "suppliers")
class Supplier {

	@Id
	private UUID id;

	private String name;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String address;

	private @Nullable String contactPerson;

	private @Nullable String paymentTerms;

	private @Nullable String taxId;

	@Column(name = "is_active")
	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Supplier() {
	}

	Supplier(SupplierDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.active = true;
		this.createdAt = now;
		change(details, now);
	}

	void change(SupplierDetails details, Instant now) {
		this.name = details.name();
		this.email = details.email();
		this.phone = details.phone();
		this.address = details.address();
		this.contactPerson = details.contactPerson();
		this.paymentTerms = details.paymentTerms();
		this.taxId = details.taxId();
		if (details.active() != null) {
			this.active = details.active();
		}
		this.updatedAt = now;
	}

	/** What an admin last set. */
	SupplierDetails details() {
		return new SupplierDetails(this.name, this.email, this.phone, this.address, this.contactPerson,
				this.paymentTerms, this.taxId, this.active);
	}

	/**
	 * @return whether anything changed: {@code false} when it was inactive already
	 */
	boolean deactivate(Instant now) {
		if (!this.active) {
			return false;
		}
		this.active = false;
		this.updatedAt = now;
		return true;
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	boolean active() {
		return this.active;
	}

	SupplierResponse toResponse() {
		return new SupplierResponse(this.id, this.name, this.email, this.phone, this.address, this.contactPerson,
				this.paymentTerms, this.taxId, this.active, this.createdAt, this.updatedAt);
	}

}
