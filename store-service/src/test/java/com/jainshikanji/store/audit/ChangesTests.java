package com.jainshikanji.store.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit log says changed. */
class ChangesTests {

	@Test
	void onlyFieldsThatDifferAreListedWithTheirValuesBeforeAndAfter() {
		Map<String, Object> before = fields("Manek Chowk", new BigDecimal("25.00"), "380001");
		Map<String, Object> after = fields("Manek Chowk", new BigDecimal("30.00"), null);

		Map<String, Map<String, Object>> changes = Changes.between(before, after);

		assertThat(changes).containsOnlyKeys("deliveryFee", "postalCode");
		assertThat(changes.get("deliveryFee")).containsEntry("from", new BigDecimal("25.00"))
			.containsEntry("to", new BigDecimal("30.00"));
		assertThat(changes.get("postalCode")).containsEntry("from", "380001").containsEntry("to", null);
	}

	@Test
	void amountsThatDifferOnlyInScaleAreTheSame() {
		assertThat(Changes.between(fields("a", new BigDecimal("25"), "1"), fields("a", new BigDecimal("25.00"), "1")))
			.isEmpty();
	}

	private static Map<String, Object> fields(String name, BigDecimal fee, String postalCode) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("deliveryFee", fee);
		fields.put("postalCode", postalCode);
		return fields;
	}

}
