package com.jainshikanji.analytics;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.jainshikanji.testsupport.contract.StoreServiceStub;
import com.jainshikanji.testsupport.contract.StoreServiceStub.Unlisted;

/**
 * The store service of this test JVM ({@link StoreServiceStub}: only the stores a test
 * describes exist), and the initializer pointing the service under test at it.
 */
final class StoreService implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final StoreServiceStub stub = new StoreServiceStub(Unlisted.UNKNOWN);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		stub.pointAt(context, "analytics.stores.url");
	}

}
