package com.jainshikanji.common.testapp;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Echoes a body with a field of each JSON type the services read, to show how strictly
 * bodies are read.
 */
@RestController
class TypedBodyController {

	@PostMapping("/samples/typed")
	TypedBody echo(@RequestBody TypedBody body) {
		return body;
	}

	enum Platform {

		ANDROID, IOS, WEB

	}

	record TypedBody(@Nullable Platform platform, @Nullable Boolean isDefault, @Nullable BigDecimal amount,
			@Nullable String note, @Nullable List<String> tags, @Nullable List<Line> items) {

		record Line(@Nullable UUID productId, int quantity) {
		}

	}

}
