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
 * What the order service relies on when it places an order (with the customer's own
 * token) and when it reserves stock (with a service token it trades its credentials for),
 * replayed against this service: the contract files are the order service's own
 * ({@code order-service/src/test/resources/contracts/customer}), and its tests serve
 * exactly those answers from stubs.
 */
@CustomerServiceTest
class OrderServiceContractTests {

	@Autowired
	RestTestClient client;

	Api api;

	String token;

	String customerId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.token = this.api.registerCustomer().accessToken();
		this.customerId = (String) this.api.get("/api/v1/customers/me", this.token)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	@Test
	void theCustomersProfile() {
		check("customer/profile", this.api.get("/api/v1/customers/" + this.customerId, this.token));
	}

	@Test
	void oneOfTheCustomersAddresses() {
		Object addressId = this.api.post("/api/v1/customers/me/addresses", this.token, TestRequests.address())
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");

		check("customer/address",
				this.api.get("/api/v1/customers/" + this.customerId + "/addresses/" + addressId, this.token));
	}

	@Test
	void anAddressThatIsNotTheCustomers() {
		check("customer/address-not-found",
				this.api.get("/api/v1/customers/" + this.customerId + "/addresses/" + UUID.randomUUID(), this.token));
	}

	@Test
	void aServiceToken() {
		ConsumerContract contract = ConsumerContract.ofConsumer("order-service", "customer/service-token");
		// The shape is the order service's; the credentials are those of this test's
		// client.
		Map<String, String> credentials = Map.of("clientId", "test-service", "clientSecret",
				"test-service-secret-0123456789");

		check("customer/service-token", this.api.post(contract.path(), null, credentials));
	}

	private static void check(String name, RestTestClient.ResponseSpec response) {
		EntityExchangeResult<String> result = response.returnResult(String.class);
		ConsumerContract.ofConsumer("order-service", name)
			.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

}
