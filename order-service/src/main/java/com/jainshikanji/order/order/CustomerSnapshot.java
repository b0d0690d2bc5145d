package com.jainshikanji.order.order;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The customer as they were when ordering, kept with the order (the spec denormalizes
 * it): a later change of name or phone does not rewrite past orders.
 *
 * @param phone {@code null} when the customer has none on file
 */
@Embeddable
public record CustomerSnapshot(@Column(name = "customer_id") UUID id, @Column(name = "customer_name") String name,
		@Column(name = "customer_email") String email, @Column(name = "customer_phone") @Nullable String phone) {
}
