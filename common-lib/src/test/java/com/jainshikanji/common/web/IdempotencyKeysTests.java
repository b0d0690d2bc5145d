package com.jainshikanji.common.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The one Idempotency-Key rule of refunds, stock adjustments and sends. */
class IdempotencyKeysTests {

	@Test
	void keysClientsBuildAreTaken() {
		for (String key : List.of("restock-0001", "0b6c1f5e-2a47-4c55-9d1e-3f0e8a7b2c41", "01JE8ZQ6M4X0V5T2R9B7K3H1WD",
				"order-42:refund.1", "a".repeat(100))) {
			assertThat(IdempotencyKeys.required(key)).isEqualTo(key);
			assertThat(IdempotencyKeys.optional(key)).isEqualTo(key);
		}
	}

	@Test
	void noKeyIsFineOnlyWhereOneIsOptional() {
		assertThat(IdempotencyKeys.optional(null)).isNull();
		for (String missing : new String[] { null, "", "   " }) {
			assertThatExceptionOfType(InvalidIdempotencyKey.class).isThrownBy(() -> IdempotencyKeys.required(missing))
				.satisfies((ex) -> assertThat(ex.problemProperties())
					.isEqualTo(Map.of("errors", List.of(new FieldError("Idempotency-Key", "is required")))));
		}
	}

	@Test
	void anythingElseIsRefusedNamingTheHeaderAndTheRule() {
		for (String key : List.of("short", "a".repeat(101), "bad key!", "key/with/slashes", "ключ-ключ-ключ",
				"tab\tseparated", "        ")) {
			assertThatExceptionOfType(InvalidIdempotencyKey.class).as(key)
				.isThrownBy(() -> IdempotencyKeys.optional(key))
				.satisfies((ex) -> {
					assertThat(ex.problemProperties()).isEqualTo(Map.of("errors", List
						.of(new FieldError("Idempotency-Key", "must be 8 to 100 letters, digits, -, _, . or :"))));
					assertThat(ex).hasMessage("Idempotency-Key must be 8 to 100 letters, digits, -, _, . or :");
				});
		}
	}

}
