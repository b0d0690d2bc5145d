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
 * What the store service relies on before it puts a user to work at a store: that this
 * service, asked with a SERVICE token at the path of the contract, says whether the user
 * exists. Replayed against this service from the store service's own contract files
 * ({@code store-service/src/test/resources/contracts/customer}), whose answers its tests
 * serve from stubs. {@link UserLookupTests} checks that the lookup tells a service
 * nothing personal and that a SERVICE token reads no profile.
 */
@CustomerServiceTest
class StoreServiceContractTests {

	private static final String CONSUMER = "store-service";

	@Autowired
	RestTestClient client;

	Api api;

	String serviceToken;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.serviceToken = serviceToken(this.api);
	}

	@Test
	void aServiceToken() {
		ConsumerContract contract = ConsumerContract.ofConsumer(CONSUMER, "customer/service-token");
		// The shape is the store service's; the credentials are those of this test's
		// client.
		check("customer/service-token", this.api.post(contract.path(), null, credentials()));
	}

	@Test
	void aUserThisServiceKnows() {
		String userId = this.api.idOf(this.api.registerCustomer().accessToken());

		check("customer/user", this.api.get(pathFor("customer/user", userId), this.serviceToken));
	}

	@Test
	void aUserThisServiceDoesNotKnow() {
		check("customer/user-not-found",
				this.api.get(pathFor("customer/user-not-found", UUID.randomUUID().toString()), this.serviceToken));
	}

	static String serviceToken(Api api) {
		return (String) api.post("/api/v1/auth/service-token", null, credentials())
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("accessToken");
	}

	private static Map<String, String> credentials() {
		return Map.of("clientId", "test-service", "clientSecret", "test-service-secret-0123456789");
	}

	/** The contract's request path, with this test's user in place of the example's. */
	static String pathFor(String consumer, String contract, String userId) {
		String example = ConsumerContract.ofConsumer(consumer, contract).path();
		return example.substring(0, example.lastIndexOf('/') + 1) + userId;
	}

	private static String pathFor(String contract, String userId) {
		return pathFor(CONSUMER, contract, userId);
	}

	private static void check(String name, RestTestClient.ResponseSpec response) {
		EntityExchangeResult<String> result = response.returnResult(String.class);
		ConsumerContract.ofConsumer(CONSUMER, name)
			.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

}
