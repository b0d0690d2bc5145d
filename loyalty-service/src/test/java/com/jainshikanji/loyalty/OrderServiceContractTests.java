package com.jainshikanji.loyalty;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.contract.ConsumerContract;
import com.jainshikanji.testsupport.contract.ContractReplay;

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

	ContractReplay order;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.customer = UUID.randomUUID();
		this.order = new ContractReplay(this.client, "order-service", Api.SERVICE);
	}

	@Test
	void holdingACouponAndPointsForAnOrder() {
		ConsumerContract contract = this.order.contract("loyalty/hold");
		this.api.credit(this.customer, 100);
		String code = (String) this.api.campaign(Map.of()).get("code");
		ObjectNode body = body(contract);
		body.put("couponCode", code);

		this.order.assertAnswers(contract, contract.path(), body);
	}

	@Test
	void holdingACouponThatDoesNotApply() {
		ConsumerContract contract = this.order.contract("loyalty/hold-coupon-not-applicable");
		String code = (String) this.api.campaign(Map.of("minOrderValue", 100)).get("code");
		ObjectNode body = body(contract);
		body.put("couponCode", code);

		this.order.assertAnswers(contract, contract.path(), body);
	}

	@Test
	void holdingMorePointsThanTheCustomerHas() {
		ConsumerContract contract = this.order.contract("loyalty/hold-insufficient-points");

		this.order.assertAnswers(contract, contract.path(), body(contract));
	}

	@Test
	void releasingAHold() {
		ConsumerContract contract = this.order.contract("loyalty/release");
		ConsumerContract hold = this.order.contract("loyalty/hold");
		this.api.credit(this.customer, 100);
		ObjectNode body = body(hold);
		body.putNull("couponCode");
		Api.ok(this.api.post(hold.path(), Api.SERVICE, body.toString()));

		this.order.assertAnswers(contract, "/api/v1/loyalty/holds/" + body.get("orderId").asString() + "/release",
				null);
	}

	private ObjectNode body(ConsumerContract contract) {
		ObjectNode body = contract.requestBody();
		body.put("orderId", UUID.randomUUID().toString()).put("customerId", this.customer.toString());
		return body;
	}

}
