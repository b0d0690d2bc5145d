package com.jainshikanji.inventory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.jainshikanji.testsupport.contract.StoreServiceStub;
import com.jainshikanji.testsupport.contract.StoreServiceStub.Unlisted;

/**
 * The store service of this test JVM ({@link StoreServiceStub}: every store exists unless
 * a test made it unknown or failing), and the initializer pointing the service under test
 * at it.
 */
final class StoreService implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final StoreServiceStub stub = new StoreServiceStub(Unlisted.EXIST);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		stub.pointAt(context, "inventory.stores.url");
	}

}
