package com.jainshikanji.order.customer;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.jainshikanji.order.downstream.Downstream;
import com.jainshikanji.order.downstream.DownstreamProblem;
import com.jainshikanji.order.order.CustomerSnapshot;
import com.jainshikanji.order.order.DeliveryAddress;

/**
 * The customer service, called with the customer's own access token: the customer owns
 * their profile and addresses, so their token is exactly the right to read them, and the
 * customer service keeps deciding who sees what (no service token could read someone
 * else's address here). Reads, so retried.
 */
public class CustomerClient {

	private final RestClient customers;

	private final Downstream downstream;

	public CustomerClient(RestClient customers, Downstream downstream) {
		this.customers = customers;
		this.downstream = downstream;
	}

	/**
	 * The customer's name and contact details now, to keep with the order.
	 * @throws CustomerProfileMissing when the user has no customer profile
	 */
	public CustomerSnapshot snapshot(UUID customerId, String customerToken) {
		Profile profile = get(() -> this.customers.get()
			.uri("/api/v1/customers/{id}", customerId)
			.headers((headers) -> headers.setBearerAuth(customerToken))
			.retrieve()
			.body(Profile.class), () -> new CustomerProfileMissing(customerId));
		return new CustomerSnapshot(customerId, profile.name(), profile.email(), profile.phone());
	}

	/**
	 * One of the customer's saved addresses, as it is now.
	 * @throws AddressNotFound when it is not one of theirs
	 */
	public DeliveryAddress address(UUID customerId, UUID addressId, String customerToken) {
		Address address = get(() -> this.customers.get()
			.uri("/api/v1/customers/{id}/addresses/{addressId}", customerId, addressId)
			.headers((headers) -> headers.setBearerAuth(customerToken))
			.retrieve()
			.body(Address.class), () -> new AddressNotFound(addressId));
		return new DeliveryAddress(address.id(), address.label(), address.line1(), address.line2(), address.landmark(),
				address.city(), address.state(), address.postalCode(), address.country(), address.latitude(),
				address.longitude());
	}

	private <T> T get(Supplier<@Nullable T> call, Supplier<RuntimeException> notFound) {
		T body = this.downstream.callIdempotent(() -> {
			try {
				return call.get();
			}
			catch (HttpClientErrorException ex) {
				DownstreamProblem problem = DownstreamProblem.of(ex);
				if (problem.status() == HttpStatus.NOT_FOUND.value()) {
					throw notFound.get();
				}
				throw new IllegalStateException("The customer service refused: " + problem.status() + " "
						+ problem.slug() + ": " + problem.detail(), ex);
			}
		});
		return Objects.requireNonNull(body, "customer service answer");
	}

	/**
	 * The parts of the customer service's profile that an order keeps (examples in
	 * {@code src/test/resources/contracts/customer}).
	 */
	record Profile(UUID id, String email, String firstName, @Nullable String lastName, @Nullable String displayName,
			@Nullable String phone) {

		String name() {
			if (this.displayName != null && !this.displayName.isBlank()) {
				return this.displayName;
			}
			return (this.lastName != null && !this.lastName.isBlank()) ? this.firstName + " " + this.lastName
					: this.firstName;
		}

	}

	record Address(UUID id, @Nullable String label, String line1, @Nullable String line2, @Nullable String landmark,
			String city, String state, String postalCode, String country, @Nullable BigDecimal latitude,
			@Nullable BigDecimal longitude) {
	}

}
