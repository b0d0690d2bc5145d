package com.jainshikanji.customer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.customer.Api.Tokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

@CustomerServiceTest
class PreferencesAndFavoritesTests {

	@Autowired
	RestTestClient client;

	@Autowired
	CircuitBreakerRegistry breakers;

	Api api;

	String token;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.token = this.api.registerCustomer().accessToken();
	}

	@AfterEach
	void catalogBack() {
		Catalog.reset();
		this.breakers.getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
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
		Catalog.lists(masalaSoda, jaljeera);
		addFavorite(masalaSoda).expectStatus().isNoContent();
		addFavorite(masalaSoda).expectStatus().isNoContent();
		addFavorite(jaljeera).expectStatus().isNoContent();

		assertThat(favorites(this.token)).containsExactly(masalaSoda.toString(), jaljeera.toString());
		// Checked when it became a favourite, not each time it is added again.
		assertThat(Catalog.lookups(masalaSoda)).isOne();

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
		Catalog.lists(masalaSoda);
		others.forEach(Catalog::lists);
		List<Callable<HttpStatusCode>> changes = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			changes.add(() -> status(addFavorite(masalaSoda)));
		}
		for (UUID other : others) {
			changes.add(() -> status(addFavorite(other)));
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

	@Test
	void aProductTheCatalogDoesNotListIsRefusedByNameAndNotStored() {
		UUID unknown = UUID.randomUUID();

		RestTestClient.ResponseSpec response = addFavorite(unknown);

		Map<?, ?> body = response.expectStatus().isEqualTo(422).expectBody(Map.class).returnResult().getResponseBody();
		assertThat(body.get("type")).isEqualTo(ProblemTypes.of("unknown-product").toString());
		assertThat(body.get("productId")).isEqualTo(unknown.toString());
		assertThat((String) body.get("detail")).contains(unknown.toString());
		assertThat(favorites(this.token)).isEmpty();
	}

	/**
	 * Switched off, or outside its ordering window (aam panna in winter): still on the
	 * menu, which shows it as not orderable now, so an app can show the favourite too.
	 */
	@Test
	void aProductThatCannotBeOrderedNowCanStillBeAFavorite() {
		UUID aamPanna = UUID.randomUUID();
		Catalog.product(aamPanna, false);

		addFavorite(aamPanna).expectStatus().isNoContent();

		assertThat(favorites(this.token)).containsExactly(aamPanna.toString());
	}

	@Test
	void whileTheCatalogIsDownOnlyANewFavoriteWaits() {
		UUID masalaSoda = UUID.randomUUID();
		UUID jaljeera = UUID.randomUUID();
		Catalog.lists(masalaSoda, jaljeera);
		addFavorite(masalaSoda).expectStatus().isNoContent();
		Catalog.down();

		addFavorite(masalaSoda).expectStatus().isNoContent();
		RestTestClient.ResponseSpec refused = addFavorite(jaljeera);

		refused.expectHeader().valueEquals("Retry-After", "1");
		Problem problem = problem(refused, 503);
		assertThat(problem.type()).isEqualTo(ProblemTypes.SERVICE_UNAVAILABLE.toString());
		assertThat(problem.detail()).contains(jaljeera.toString(), "inventory service cannot be reached");
		assertThat(favorites(this.token)).containsExactly(masalaSoda.toString());
		// Removing asks nobody.
		this.api.delete("/api/v1/customers/me/favorites/" + masalaSoda, this.token).expectStatus().isNoContent();
		assertThat(favorites(this.token)).isEmpty();
	}

	@Test
	void aCatalogThatKeepsFailingIsGivenARest() {
		UUID masalaSoda = UUID.randomUUID();
		Catalog.lists(masalaSoda);
		this.breakers.circuitBreaker("inventory").transitionToForcedOpenState();

		RestTestClient.ResponseSpec refused = addFavorite(masalaSoda);

		refused.expectHeader().valueEquals("Retry-After", "10");
		assertThat(problem(refused, 503).detail()).contains("is given a rest");
		assertThat(Catalog.lookups(masalaSoda)).isZero();
		assertThat(favorites(this.token)).isEmpty();
	}

	@Test
	void aSlowCatalogIsA503WithinTheTimeoutAndAskedOnce() {
		UUID masalaSoda = UUID.randomUUID();
		Catalog.slow();

		long started = System.nanoTime();
		Problem problem = problem(addFavorite(masalaSoda), 503);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(problem.detail()).contains("did not answer in time");
		assertThat(took).isLessThan(Duration.ofMillis(2500));
		assertThat(Catalog.lookups(masalaSoda)).isOne();
		assertThat(favorites(this.token)).isEmpty();
	}

	/**
	 * A 404 that is not the catalog's "no such product" (a wrong base URL, say) tells
	 * nothing about the product: the catalog could not be asked, so the customer hears
	 * "try again", not "no such product". A failing catalog is asked once more at once.
	 */
	@Test
	void onlyTheCatalogsOwnAnswerRefusesAProduct() {
		UUID masalaSoda = UUID.randomUUID();
		Catalog.answers(404);
		assertThat(problem(addFavorite(masalaSoda), 503).detail()).contains("answered 404");

		Catalog.answers(503);
		assertThat(problem(addFavorite(masalaSoda), 503).detail()).contains("answered 503");
		assertThat(Catalog.lookups(masalaSoda)).isEqualTo(1 + 2);
		assertThat(favorites(this.token)).isEmpty();
	}

	private RestTestClient.ResponseSpec addFavorite(UUID productId) {
		return this.api.put("/api/v1/customers/me/favorites/" + productId, this.token);
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
		UUID product = UUID.randomUUID();
		Catalog.lists(product);
		this.api.put("/api/v1/customers/" + aliceId + "/favorites/" + product, mallory.accessToken())
			.expectStatus()
			.isNotFound();
		assertThat(Catalog.lookups(product)).isZero();
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
