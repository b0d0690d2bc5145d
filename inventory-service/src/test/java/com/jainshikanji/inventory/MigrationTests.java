package com.jainshikanji.inventory;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; the demo data applies on top of them.
 */
class MigrationTests extends MigrationContract {

	MigrationTests() {
		super("inventory", PlatformSchemas::migrate, "public.categories", "public.products",
				"public.product_customizations", "public.customization_options", "public.inventory",
				"public.stock_adjustments", "public.reservations", "public.reservation_lines", "public.suppliers",
				"public.purchase_orders", "public.purchase_order_items");
	}

	@Override
	protected void checkDemoData(JdbcClient jdbc) {
		assertThat(jdbc.sql("SELECT count(*) FROM products").query(Integer.class).single()).isGreaterThanOrEqualTo(30);
		// Manek Chowk, CG Road, Bandra West, and Kalupur Station (open around the clock).
		assertThat(jdbc.sql("SELECT count(DISTINCT store_id) FROM inventory").query(Integer.class).single())
			.isEqualTo(4);
	}

}
