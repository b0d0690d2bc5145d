package com.jainshikanji.inventory.purchasing;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupplierTest {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	@Test
	void aNewSupplierIsActiveAndKeepsWhatItWasGiven() {
		SupplierDetails details = new SupplierDetails("Rajkot Khakhra", "orders@khakhra.example", "+91 98250 11223",
				null, "Hitesh Patel", "Net 15", null, null);

		Supplier supplier = new Supplier(details, NOW);

		assertThat(supplier.active()).isTrue();
		assertThat(supplier.details()).isEqualTo(new SupplierDetails("Rajkot Khakhra", "orders@khakhra.example",
				"+91 98250 11223", null, "Hitesh Patel", "Net 15", null, true));
	}

	@Test
	void aChangeLeavesTheSwitchAloneUnlessItIsGiven() {
		Supplier supplier = new Supplier(new SupplierDetails("A", null, null, null, null, null, null, null), NOW);

		supplier.change(new SupplierDetails("B", null, null, null, null, null, null, false), NOW);
		assertThat(supplier.active()).isFalse();
		supplier.change(new SupplierDetails("C", null, null, null, null, null, null, null), NOW);
		assertThat(supplier.active()).isFalse();
		assertThat(supplier.name()).isEqualTo("C");
	}

	@Test
	void deactivatingHappensOnce() {
		Supplier supplier = new Supplier(new SupplierDetails("A", null, null, null, null, null, null, null), NOW);

		assertThat(supplier.deactivate(NOW)).isTrue();
		assertThat(supplier.deactivate(NOW)).isFalse();
		assertThat(supplier.active()).isFalse();
	}

}
