package com.jainshikanji.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.customer.Api.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

@CustomerServiceTest
class PreferencesAndFavoritesTests {

	@Autowired
	RestTestClient client;

	Api api;

	String token;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.token = this.api.registerCustomer().accessToken();
	}

	@Test
	void aNewCustomerHasDefaultPreferences() {
		Map<?, ?> preferences = preferences(this.token);
		assertThat(preferences.get("preferredSpiceLevel")).isEqualTo("MILD");
		assertThat(preferences.get("dietaryRestrictions")).asList().isEmpty();
		// Opt-ins are the notification service's now (ADR 0011): not here to read either.
		assertThat(preferences.keySet().stream().map(Object::toString)).doesNotContain("emailNotifications",
				"smsNotifications", "pushNotifications", "marketingEmails");
	}

	@Test
	void notificationOptInsAreRefusedWithWhereTheyMoved() {
		Problem problem = this.api
			.put("/api/v1/customers/me/preferences", this.token,
					Map.of("preferredSpiceLevel", "HOT", "smsNotifications", false))
			.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.errors()).singleElement().satisfies((error) -> {
			assertThat(error.get("field")).isEqualTo("smsNotifications");
			assertThat(error.get("message")).contains("/api/v1/notifications/preferences/");
		});
		assertThat(preferences(this.token).get("preferredSpiceLevel")).isEqualTo("MILD");
	}

	@Test
	void preferencesAreReplacedAsAWhole() {
		this.api
			.put("/api/v1/customers/me/preferences", this.token,
					TestRequests.preferences()
						.spiceLevel("HOT")
						.dietaryRestrictions("JAIN", "NUT_FREE")
						.favoriteCategories("shikanji", "snacks")
						.payment("UPI")
						.deliveryTime("EVENING"))
			.expectStatus()
			.isOk();

		Map<?, ?> preferences = preferences(this.token);
		assertThat(preferences.get("preferredSpiceLevel")).isEqualTo("HOT");
		assertThat(preferences.get("dietaryRestrictions")).asList().containsExactly("JAIN", "NUT_FREE");
		assertThat(preferences.get("favoriteCategories")).asList().containsExactly("shikanji", "snacks");
		assertThat(preferences.get("preferredPaymentMethod")).isEqualTo("UPI");
	}

	@Test
	void anUnknownDietaryRestrictionIsRefusedByName() {
		Problem problem = this.api
			.put("/api/v1/customers/me/preferences", this.token,
					TestRequests.preferences().dietaryRestrictions("CARNIVORE"))
			.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.errors()).singleElement()
			.satisfies((error) -> assertThat(error.get("field")).startsWith("dietaryRestrictions"));
	}

	@Test
	void favoritesAreAddedAndRemovedIdempotently() {
		UUID masalaSoda = UUID.randomUUID();
		UUID jaljeera = UUID.randomUUID();
		this.api.put("/api/v1/customers/me/favorites/" + masalaSoda, this.token).expectStatus().isNoContent();
		this.api.put("/api/v1/customers/me/favorites/" + masalaSoda, this.token).expectStatus().isNoContent();
		this.api.put("/api/v1/customers/me/favorites/" + jaljeera, this.token).expectStatus().isNoContent();

		assertThat(favorites(this.token)).containsExactly(masalaSoda.toString(), jaljeera.toString());

		this.api.delete("/api/v1/customers/me/favorites/" + masalaSoda, this.token).expectStatus().isNoContent();
		this.api.delete("/api/v1/customers/me/favorites/" + masalaSoda, this.token).expectStatus().isNoContent();
		assertThat(favorites(this.token)).containsExactly(jaljeera.toString());
	}

	/**
	 * Two apps of one customer at once: each change waits for the other instead of one of
	 * them failing with 409 (a double tap on a favourite did).
	 */
	@Test
	void changesArrivingTogetherAllSucceed() throws Exception {
		UUID masalaSoda = UUID.randomUUID();
		List<UUID> others = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		List<Callable<HttpStatusCode>> changes = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			changes.add(() -> status(this.api.put("/api/v1/customers/me/favorites/" + masalaSoda, this.token)));
		}
		for (UUID other : others) {
			changes.add(() -> status(this.api.put("/api/v1/customers/me/favorites/" + other, this.token)));
		}
		changes.add(() -> status(this.api.put("/api/v1/customers/me/preferences", this.token,
				Map.of("preferredSpiceLevel", "HOT", "dietaryRestrictions", List.of()))));

		List<HttpStatusCode> statuses = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Future<HttpStatusCode> status : executor.invokeAll(changes)) {
				statuses.add(status.get());
			}
		}

		assertThat(statuses).allMatch(HttpStatusCode::is2xxSuccessful);
		assertThat(favorites(this.token)).hasSize(5)
			.containsAll(others.stream().map(UUID::toString).toList())
			.contains(masalaSoda.toString());
		assertThat(preferences(this.token).get("preferredSpiceLevel")).isEqualTo("HOT");
	}

	private static HttpStatusCode status(RestTestClient.ResponseSpec response) {
		return response.returnResult(Void.class).getStatus();
	}

	@Test
	void anotherCustomersPreferencesAndFavoritesAreOutOfReach() {
		String aliceId = (String) this.api.get("/api/v1/customers/me", this.token)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		Tokens mallory = this.api.registerCustomer();

		this.api.get("/api/v1/customers/" + aliceId + "/preferences", mallory.accessToken())
			.expectStatus()
			.isNotFound();
		this.api.put("/api/v1/customers/" + aliceId + "/favorites/" + UUID.randomUUID(), mallory.accessToken())
			.expectStatus()
			.isNotFound();
		this.api.get("/api/v1/customers/" + aliceId + "/favorites", mallory.accessToken()).expectStatus().isNotFound();
		assertThat(favorites(this.token)).isEmpty();
	}

	private Map<?, ?> preferences(String token) {
		return this.api.get("/api/v1/customers/me/preferences", token)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private List<Object> favorites(String token) {
		return this.api.get("/api/v1/customers/me/favorites", token)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody()
			.stream()
			.map((favorite) -> favorite.get("productId"))
			.toList();
	}

}
