package com.jainshikanji.inventory.purchasing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

	private String email;

	private String phone;

	private String address;

	private String contactPerson;

	private String paymentTerms;

	private String taxId;

	@Column(name = "is_active")
	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Supplier() {
	}

	Supplier(SupplierRequest details, Instant now) {
		this.id = UUID.randomUUID();
		this.active = true;
		this.createdAt = now;
		change(details, now);
	}

	void change(SupplierRequest details, Instant now) {
		this.name = details.name().strip();
		this.email = blankToNull(details.email());
		this.phone = blankToNull(details.phone());
		this.address = blankToNull(details.address());
		this.contactPerson = blankToNull(details.contactPerson());
		this.paymentTerms = blankToNull(details.paymentTerms());
		this.taxId = blankToNull(details.taxId());
		if (details.active() != null) {
			this.active = details.active();
		}
		this.updatedAt = now;
	}

	void deactivate(Instant now) {
		if (this.active) {
			this.active = false;
			this.updatedAt = now;
		}
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

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
