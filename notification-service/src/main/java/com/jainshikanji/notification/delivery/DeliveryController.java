package com.jainshikanji.notification.delivery;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log; admins only (the security configuration checks). */
@RestController
@RequestMapping("/api/v1/notifications/deliveries")
@Tag(name = "Delivery log",
		description = "Admins only. Every email, SMS and push notification the service queued, with each attempt's "
				+ "outcome, the provider's id and the error. A provider that cannot take a message is tried again "
				+ "after a growing wait (30 s, doubling, at most 30 min) until the sixth attempt fails it.")
class DeliveryController {

	private final DeliveryLog log;

	DeliveryController(DeliveryLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "Search the delivery log", description = "Newest first.")
	DeliveryPageResponse deliveries(@Valid @ModelAttribute @ParameterObject DeliveryQuery query) {
		return this.log.search(query);
	}

	@GetMapping("/{deliveryId}")
	@Operation(summary = "Show a delivery and its attempts")
	DeliveryResponse delivery(@PathVariable UUID deliveryId) {
		return this.log.delivery(deliveryId);
	}

	@PostMapping("/{deliveryId}/retry")
	@Operation(summary = "Send a failed delivery again",
			description = "With a full set of attempts; 409 unless it " + "failed.")
	DeliveryResponse retry(@PathVariable UUID deliveryId) {
		return this.log.retry(deliveryId);
	}

}
