package com.jainshikanji.inventory;

import java.util.List;
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
 * ({@code order-service/src/test/resources/contracts/inventory}), and its tests serve
 * exactly those answers from stubs. A change here that breaks them fails here.
 */
@InventoryServiceTest
class OrderServiceContractTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID store;

	Object product;

	Object large;

	String service;

	ContractReplay order;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.product = this.api.createProduct().get("id");
		Map<String, Object> size = this.api.addCustomization(this.product, "Size", "SELECT", true,
				Bodies.option("Regular (300 ml)", "0", true), Bodies.option("Large (500 ml)", "20.00", false));
		this.large = ((List<?>) size.get("options")).stream()
			.map(Map.class::cast)
			.filter((option) -> "Large (500 ml)".equals(option.get("name")))
			.findFirst()
			.orElseThrow()
			.get("id");
		this.api.stock(this.store, this.product, 40, 5);
		this.service = Api.service();
		this.order = new ContractReplay(this.client, "order-service", this.service);
	}

	@Test
	void pricingTheItemsOfAnOrder() {
		ConsumerContract contract = this.order.contract("inventory/price-items");
		ObjectNode body = contract.requestBody();
		body.put("storeId", this.store.toString());
		ObjectNode item = (ObjectNode) body.get("items").get(0);
		item.put("productId", this.product.toString());
		item.putArray("optionIds").add(this.large.toString());

		this.order.assertAnswers(contract, contract.path(), body);
	}

	@Test
	void anItemWithAnOptionOfAnotherProduct() {
		ConsumerContract contract = this.order.contract("inventory/price-items-invalid-option");
		ObjectNode body = contract.requestBody();
		body.put("storeId", this.store.toString());
		((ObjectNode) body.get("items").get(0)).put("productId", this.product.toString());

		this.order.assertAnswers(contract, contract.path(), body);
	}

	@Test
	void reservingTheStockOfAnOrder() {
		ConsumerContract contract = this.order.contract("inventory/reserve");

		this.order.assertAnswers(contract, contract.path(), reserveBody(contract, UUID.randomUUID(), 2));
	}

	@Test
	void reservingMoreThanTheStoreHas() {
		ConsumerContract contract = this.order.contract("inventory/reserve-insufficient-stock");

		this.order.assertAnswers(contract, contract.path(), reserveBody(contract, UUID.randomUUID(), 500));
	}

	@Test
	void reservingAgainAfterTheReservationWasReleased() {
		ConsumerContract contract = this.order.contract("inventory/reserve-not-active");
		UUID orderId = UUID.randomUUID();
		Object reservation = Api
			.json(this.api.post(contract.path(), this.service, reserveBody(contract, orderId, 1)), 201)
			.get("id");
		Api.ok(this.api.post(contract.path() + "/" + reservation + "/release", this.service, null));

		this.order.assertAnswers(contract, contract.path(), reserveBody(contract, orderId, 1));
	}

	@Test
	void releasingAReservation() {
		ConsumerContract contract = this.order.contract("inventory/release");
		ConsumerContract reserve = this.order.contract("inventory/reserve");
		Object reservation = Api
			.json(this.api.post(reserve.path(), this.service, reserveBody(reserve, UUID.randomUUID(), 1)), 201)
			.get("id");

		this.order.assertAnswers(contract, "/api/v1/inventory/reservations/" + reservation + "/release", null);
	}

	private String reserveBody(ConsumerContract contract, UUID orderId, int quantity) {
		ObjectNode body = contract.requestBody();
		body.put("orderId", orderId.toString()).put("storeId", this.store.toString());
		((ObjectNode) body.get("items").get(0)).put("productId", this.product.toString()).put("quantity", quantity);
		return body.toString();
	}

}
