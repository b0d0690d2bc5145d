package com.jainshikanji.store;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.contract.ConsumerContract;

/**
 * What the inventory service relies on to know a store exists before it keeps stock for
 * it, replayed against this service: the contract files are the inventory service's own
 * ({@code inventory-service/src/test/resources/contracts/store}), and its tests serve
 * exactly those answers from a stub.
 */
@StoreServiceTest
class InventoryServiceContractTests {

	@Autowired
	RestTestClient client;

	@Test
	void aStoreThatExists() {
		Api api = new Api(this.client);
		UUID storeId = Api.id(api.createStore(Requests.aStore().build()));

		check("store/store", api.get("/api/v1/stores/" + storeId, null).returnResult(String.class));
	}

	@Test
	void aStoreThatDoesNotExist() {
		check("store/unknown-store",
				new Api(this.client).get("/api/v1/stores/" + UUID.randomUUID(), null).returnResult(String.class));
	}

	private static void check(String name, EntityExchangeResult<String> result) {
		ConsumerContract.ofConsumer("inventory-service", name)
			.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

}
