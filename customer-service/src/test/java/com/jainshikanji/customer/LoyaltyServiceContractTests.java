package com.jainshikanji.customer;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.contract.ConsumerContract;

/**
 * What the loyalty service relies on before an admin adjusts a customer's points: that
 * this service, asked with a SERVICE token at the path of the contract, says whether the
 * customer exists. Replayed against this service from the loyalty service's own contract
 * files ({@code loyalty-service/src/test/resources/contracts/customer}), whose answers
 * its tests serve from stubs.
 */
@CustomerServiceTest
class LoyaltyServiceContractTests {

	private static final String CONSUMER = "loyalty-service";

	@Autowired
	RestTestClient client;

	Api api;

	String serviceToken;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.serviceToken = StoreServiceContractTests.serviceToken(this.api);
	}

	@Test
	void aServiceToken() {
		ConsumerContract contract = ConsumerContract.ofConsumer(CONSUMER, "customer/service-token");
		// The shape is the loyalty service's; the credentials are those of this test's
		// client.
		check("customer/service-token", this.api.post(contract.path(), null,
				Map.of("clientId", "test-service", "clientSecret", "test-service-secret-0123456789")));
	}

	@Test
	void aCustomerThisServiceKnows() {
		String customerId = (String) this.api.get("/api/v1/customers/me", this.api.registerCustomer().accessToken())
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");

		check("customer/customer", this.api
			.get(StoreServiceContractTests.pathFor(CONSUMER, "customer/customer", customerId), this.serviceToken));
	}

	@Test
	void aCustomerThisServiceDoesNotKnow() {
		check("customer/customer-not-found", this.api.get(StoreServiceContractTests.pathFor(CONSUMER,
				"customer/customer-not-found", UUID.randomUUID().toString()), this.serviceToken));
	}

	private static void check(String name, RestTestClient.ResponseSpec response) {
		EntityExchangeResult<String> result = response.returnResult(String.class);
		ConsumerContract.ofConsumer(CONSUMER, name)
			.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

}
