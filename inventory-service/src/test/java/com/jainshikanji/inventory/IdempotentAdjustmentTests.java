package com.jainshikanji.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stock adjustment sent with an Idempotency-Key is applied once: staff on a flaky
 * connection who send the restock again, or tap twice, must not double the stock.
 */
@InventoryServiceTest
class IdempotentAdjustmentTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID store;

	String staff;

	Object product;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.staff = TestTokens.staff(UUID.randomUUID(), this.store);
		this.product = this.api.createProduct().get("id");
	}

	@Test
	void theSameAdjustmentSentAgainWithItsKeyGetsTheFirstAnswerAndChangesNothing() {
		String key = Api.unique("restock");
		EntityExchangeResult<Map> first = adjust(key, Bodies.adjustment(10, "RESTOCK").note("Morning delivery"));
		EntityExchangeResult<Map> again = adjust(key, Bodies.adjustment(10, "RESTOCK").note("Morning delivery"));

		assertThat(first.getStatus().value()).isEqualTo(201);
		assertThat(first.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
		assertThat(again.getStatus().value()).isEqualTo(200);
		assertThat(again.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
		assertThat(trail()).hasSize(1);
	}

	@Test
	void theSameAdjustmentSentEightTimesAtOnceIsAppliedOnce() {
		this.api.stock(this.store, this.product, 5, 1);
		String key = Api.unique("tap");
		List<CompletableFuture<EntityExchangeResult<Map>>> sent = IntStream.range(0, 8)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> adjust(key, Bodies.adjustment(-2, "WASTE"))))
			.toList();
		List<EntityExchangeResult<Map>> answers = sent.stream().map(CompletableFuture::join).toList();

		assertThat(answers).extracting((answer) -> answer.getStatus().value())
			.containsOnly(200, 201)
			.filteredOn((status) -> status == 201)
			.hasSize(1);
		assertThat(answers).extracting((answer) -> answer.getResponseBody().get("id"))
			.containsOnly(answers.get(0).getResponseBody().get("id"));
		assertThat(this.api.available(this.store, this.product)).isEqualTo(3);
	}

	@Test
	void anotherAdjustmentUnderAKeyAlreadyUsedIsRefusedAndChangesNothing() {
		String key = Api.unique("restock");
		adjust(key, Bodies.adjustment(10, "RESTOCK"));

		for (Object other : List.of(Bodies.adjustment(11, "RESTOCK"), Bodies.adjustment(10, "RETURN"),
				Bodies.adjustment(10, "RESTOCK").note("another"))) {
			Problem problem = Problems.problem(post(key, other), 422);
			assertThat(problem.typeSlug()).isEqualTo("idempotency-key-reused");
		}
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
		assertThat(trail()).hasSize(1);
	}

	@Test
	void aKeyBelongsToOneStockRow() {
		Object other = this.api.createProduct().get("id");
		String key = Api.unique("restock");
		assertThat(adjust(key, Bodies.adjustment(10, "RESTOCK")).getStatus().value()).isEqualTo(201);

		assertThat(this.client.post().uri(Api.stockPath(this.store, other) + "/adjustments").headers((headers) -> {
			headers.setBearerAuth(this.staff);
			headers.set("Idempotency-Key", key);
		})
			.contentType(MediaType.APPLICATION_JSON)
			.body(Bodies.adjustment(10, "RESTOCK"))
			.exchange()
			.returnResult()
			.getStatus()
			.value()).isEqualTo(201);
		assertThat(this.api.available(this.store, other)).isEqualTo(10);
	}

	@Test
	void aKeyThatIsNoKeyIsRefusedNamingTheHeader() {
		for (String key : List.of("short", "has space in it", "x".repeat(101), "semi;colon-key")) {
			Problem problem = Problems.problem(post(key, Bodies.adjustment(10, "RESTOCK")), 400);
			assertThat(problem.fields()).as(key).containsExactly("Idempotency-Key");
		}
		assertThat(trail()).isEmpty();
	}

	@Test
	void withoutAKeyEveryRequestIsANewAdjustment() {
		Api.json(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
				Bodies.adjustment(10, "RESTOCK")), 201);
		Api.json(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
				Bodies.adjustment(10, "RESTOCK")), 201);

		assertThat(this.api.available(this.store, this.product)).isEqualTo(20);
	}

	private EntityExchangeResult<Map> adjust(String key, Object body) {
		return post(key, body).expectBody(Map.class).returnResult();
	}

	private RestTestClient.ResponseSpec post(String key, Object body) {
		return this.client.post().uri(Api.stockPath(this.store, this.product) + "/adjustments").headers((headers) -> {
			headers.setBearerAuth(this.staff);
			headers.set("Idempotency-Key", key);
		}).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> trail() {
		return (List<Map<String, Object>>) Api
			.ok(this.api.get(Api.stockPath(this.store, this.product) + "/adjustments", this.staff))
			.get("items");
	}

}
