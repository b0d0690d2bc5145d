package com.jainshikanji.loyalty;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.contract.ConsumerContract;

/**
 * What the order service relies on when it places an order, replayed against this
 * service: the contract files are the order service's own
 * ({@code order-service/src/test/resources/contracts/loyalty}), and its tests serve
 * exactly those answers from stubs. A change here that breaks them fails here.
 */
@LoyaltyServiceTest
class OrderServiceContractTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID customer;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.customer = UUID.randomUUID();
	}

	@Test
	void holdingACouponAndPointsForAnOrder() {
		ConsumerContract contract = ConsumerContract.ofConsumer("order-service", "loyalty/hold");
		this.api.credit(this.customer, 100);
		String code = (String) this.api.campaign(Map.of()).get("code");
		ObjectNode body = body(contract);
		body.put("couponCode", code);

		assertAnswers(contract, replay(contract, contract.path(), body));
	}

	@Test
	void holdingACouponThatDoesNotApply() {
		ConsumerContract contract = ConsumerContract.ofConsumer("order-service", "loyalty/hold-coupon-not-applicable");
		String code = (String) this.api.campaign(Map.of("minOrderValue", 100)).get("code");
		ObjectNode body = body(contract);
		body.put("couponCode", code);

		assertAnswers(contract, replay(contract, contract.path(), body));
	}

	@Test
	void holdingMorePointsThanTheCustomerHas() {
		ConsumerContract contract = ConsumerContract.ofConsumer("order-service", "loyalty/hold-insufficient-points");

		assertAnswers(contract, replay(contract, contract.path(), body(contract)));
	}

	@Test
	void releasingAHold() {
		ConsumerContract contract = ConsumerContract.ofConsumer("order-service", "loyalty/release");
		ConsumerContract hold = ConsumerContract.ofConsumer("order-service", "loyalty/hold");
		this.api.credit(this.customer, 100);
		ObjectNode body = body(hold);
		body.putNull("couponCode");
		Api.ok(this.api.post(hold.path(), Api.SERVICE, body.toString()));

		assertAnswers(contract,
				replay(contract, "/api/v1/loyalty/holds/" + body.get("orderId").asString() + "/release", null));
	}

	private ObjectNode body(ConsumerContract contract) {
		ObjectNode body = contract.requestBody();
		body.put("orderId", UUID.randomUUID().toString()).put("customerId", this.customer.toString());
		return body;
	}

	private EntityExchangeResult<String> replay(ConsumerContract contract, String path, @Nullable Object body) {
		return this.api
			.exchange(HttpMethod.valueOf(contract.method()), path, Api.SERVICE, (body != null) ? body.toString() : null)
			.returnResult(String.class);
	}

	private static void assertAnswers(ConsumerContract contract, EntityExchangeResult<String> result) {
		contract.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

}
