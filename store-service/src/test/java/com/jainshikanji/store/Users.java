package com.jainshikanji.store;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.jainshikanji.testsupport.contract.UserDirectoryStub;

/**
 * The customer service (the identity service) as a stub on a real HTTP port, answering
 * with the examples of the contract files in
 * {@code src/test/resources/contracts/customer} (which the customer service checks
 * against its real answers in its {@code StoreServiceContractTests}): it trades this
 * service's client credentials for a SERVICE token, and answers whether a user exists
 * only to a request carrying that token. Every user exists, as the users tests put to
 * work at a store are meant to, except those a test names
 * {@link UserDirectoryStub#unknown}. Started once per JVM; the application under test is
 * pointed at it before it starts.
 */
public final class Users implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final UserDirectoryStub stub = new UserDirectoryStub("store-service", "customer/user",
			"customer/user-not-found");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		stub.pointAt(context, "stores.customer-service");
	}

}
