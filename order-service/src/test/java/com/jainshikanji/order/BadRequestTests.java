package com.jainshikanji.order;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json that says what was wrong, never a 500:
 * the platform's contract on the cancel endpoint, and this service's own cases.
 */
@OrderServiceTest
class BadRequestTests extends BadRequestContract {

	Api api;

	Shop shop;

	BadRequestTests() {
		super("/api/v1/orders/" + UUID.randomUUID() + "/cancel");
	}

	@Override
	protected String token() {
		return this.shop.customer;
	}

	@BeforeEach
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
	}

	@Test
	void anOrderRequestNamesEveryFieldAtFault() {
		Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				Map.of("items", List.of(Map.of("quantity", 0)), "pointsToRedeem", -1)), 400);

		assertThat(problem.typeSlug()).isEqualTo("validation-failed");
		assertThat(problem.fields()).contains("storeId", "deliveryType", "paymentMethod", "items[0].productId",
				"items[0].quantity", "pointsToRedeem");
	}

	@Test
	void anUnknownDeliveryTypeOrPaymentMethodIsNamedWithWhatIsAllowed() {
		Map<String, Object> body = this.shop.twoShikanji().with("deliveryType", "drone").build();

		Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(), body), 400);

		assertThat(problem.fields()).containsExactly("deliveryType");
		assertThat(problem.detail()).contains("delivery", "pickup", "dine-in");
		assertThat(problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				this.shop.twoShikanji().paidBy("bitcoin").build()), 400)
			.fields()).containsExactly("paymentMethod");
	}

	@Test
	void aStatusFilterOrPageOutOfRangeIsNamed() {
		assertThat(problem(this.api.get("/api/v1/orders?status=eaten", this.shop.customer), 400).fields())
			.containsExactly("status");
		assertThat(problem(this.api.get("/api/v1/orders?size=1000", this.shop.customer), 400).fields())
			.containsExactly("size");
		assertThat(problem(this.api.get("/api/v1/orders/not-an-id", this.shop.customer), 400).fields())
			.containsExactly("orderId");
	}

	@Test
	void aStatusChangeNeedsAKnownStatusAndACancellationAReason() {
		Object order = this.shop.placeCashOnDelivery(this.api).get("id");

		assertThat(problem(this.api.put("/api/v1/orders/" + order + "/status",
				com.jainshikanji.testsupport.security.TestTokens.staffOf(this.shop.storeId),
				Map.of("status", "teleported")), 400)
			.fields()).containsExactly("status");
		assertThat(
				problem(this.api.post("/api/v1/orders/" + order + "/cancel", this.shop.customer, Map.of("reason", " ")),
						400)
					.fields())
			.containsExactly("reason");
	}

}
