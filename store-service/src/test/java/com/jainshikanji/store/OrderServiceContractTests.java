package com.jainshikanji.store;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.contract.ConsumerContract;

import static com.jainshikanji.store.Requests.aZone;

/**
 * What the order service relies on when it places an order, replayed against this
 * service: the contract files are the order service's own
 * ({@code order-service/src/test/resources/contracts/store}), and its tests serve exactly
 * those answers from stubs.
 */
@StoreServiceTest
class OrderServiceContractTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID storeId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.storeId = Api.id(this.api.createStore(Requests.aStore().minimumOrderValue("60.00").build()));
		this.api.setHours(this.storeId, Requests.alwaysOpen());
		this.api.addZone(this.storeId, aZone("Old City", "380001").fee("15.00").minutes(20));
	}

	@Test
	void aDeliveryQuote() {
		check("store/delivery-quote", "/delivery-quote?postalCode=380001&subtotal=147.00");
	}

	@Test
	void aDeliveryQuoteThatSaysNo() {
		check("store/delivery-quote-refused", "/delivery-quote?postalCode=999999&subtotal=10.00");
	}

	@Test
	void aPickupQuote() {
		check("store/pickup-quote", "/pickup-quote");
	}

	@Test
	void aQuoteOfAStoreThatDoesNotExist() {
		ConsumerContract contract = ConsumerContract.ofConsumer("order-service", "store/unknown-store");
		EntityExchangeResult<String> result = this.api
			.get("/api/v1/stores/" + UUID.randomUUID() + "/pickup-quote", null)
			.returnResult(String.class);
		contract.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

	private void check(String name, String pathAfterStore) {
		ConsumerContract contract = ConsumerContract.ofConsumer("order-service", name);
		EntityExchangeResult<String> result = this.api.get("/api/v1/stores/" + this.storeId + pathAfterStore, null)
			.returnResult(String.class);
		contract.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

}
