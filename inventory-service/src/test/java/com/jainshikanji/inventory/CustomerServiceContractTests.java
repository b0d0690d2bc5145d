package com.jainshikanji.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.contract.ConsumerContract;
import com.jainshikanji.testsupport.contract.ContractReplay;

/**
 * What the customer service relies on before a product becomes a customer's favourite,
 * replayed against this service: the contract files are the customer service's own
 * ({@code customer-service/src/test/resources/contracts/inventory}), and its tests serve
 * exactly those answers from a stub. It asks without a token, and takes a 200 for a
 * product the catalog lists (orderable now or not) and a 404 {@code product-not-found}
 * for one it does not (never had, or archived); a change here that breaks that fails
 * here.
 */
@InventoryServiceTest
class CustomerServiceContractTests {

	@Autowired
	RestTestClient client;

	Api api;

	ContractReplay customer;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.customer = new ContractReplay(this.client, "customer-service", null);
	}

	@Test
	void aProductOfTheCatalog() {
		assertListed(this.api.createProduct().get("id"));
	}

	@Test
	void aProductSwitchedOffIsStillListed() {
		assertListed(product((body) -> body.available(false)));
	}

	@Test
	void aProductOutsideItsOrderingWindowIsStillListed() {
		assertListed(product((body) -> body.availableFrom(Instant.now().plus(Duration.ofDays(30)))));
	}

	@Test
	void aProductTheCatalogNeverHad() {
		ConsumerContract contract = this.customer.contract("inventory/product-not-found");

		this.customer.assertAnswers(contract, contract.path(), null);
	}

	@Test
	void anArchivedProduct() {
		Object product = this.api.createProduct().get("id");
		// Read once first: the customer service's reads go through the menu's cache,
		// which must forget the product when it is archived.
		assertListed(product);
		this.api.delete(Api.PRODUCTS + "/" + product, Api.ADMIN).expectStatus().isNoContent();

		ConsumerContract contract = this.customer.contract("inventory/product-not-found");
		this.customer.assertAnswers(contract, ContractReplay.pathOf(contract, product), null);
	}

	/** A product like {@link Api#createProduct()}'s, changed by the test. */
	private Object product(UnaryOperator<Bodies.ProductBody> change) {
		return this.api
			.createProduct(
					change.apply(Bodies.product(this.api.createCategory().get("id"), Api.unique("Shikanji"), "40.00")))
			.get("id");
	}

	private void assertListed(Object product) {
		ConsumerContract contract = this.customer.contract("inventory/product");
		this.customer.assertAnswers(contract, ContractReplay.pathOf(contract, product), null);
	}

}
