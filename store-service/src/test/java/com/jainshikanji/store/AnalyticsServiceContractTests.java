package com.jainshikanji.store;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.contract.ConsumerContract;

/**
 * What the analytics service relies on to count a store's figures in the store's own days
 * (its name and time zone), replayed against this service: the contract files are the
 * analytics service's own ({@code analytics-service/src/test/resources/contracts/store}),
 * and its tests serve exactly those answers from a stub.
 */
@StoreServiceTest
class AnalyticsServiceContractTests {

	@Autowired
	RestTestClient client;

	@Test
	void aStoresNameAndTimeZone() {
		Api api = new Api(this.client);
		UUID storeId = Api.id(api.createStore(Requests.aStore().timeZone("Europe/London").build()));

		check("store/store", api.get("/api/v1/stores/" + storeId, null).returnResult(String.class));
	}

	@Test
	void aStoreThatDoesNotExist() {
		check("store/unknown-store",
				new Api(this.client).get("/api/v1/stores/" + UUID.randomUUID(), null).returnResult(String.class));
	}

	private static void check(String name, EntityExchangeResult<String> result) {
		ConsumerContract.ofConsumer("analytics-service", name)
			.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

}
