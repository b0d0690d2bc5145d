package com.jainshikanji.order;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.jainshikanji.testsupport.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	static final JavaClasses classes = ArchitectureRules.importMainClasses("com.jainshikanji.order");

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.jainshikanji.testsupport.architecture.ArchitectureRules#all")
	void followsTheHouseStyle(ArchRule rule) {
		rule.check(classes);
	}

	/**
	 * Placement makes its remote calls before its one transaction, so no database
	 * connection waits on another service: the downstream clients are never called from
	 * the order aggregate's own feature, where transactions live.
	 */
	@Test
	void theOrderFeatureNeverCallsAnotherService() {
		noClasses().that()
			.resideInAPackage("com.jainshikanji.order.order..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.jainshikanji.order.catalog..", "com.jainshikanji.order.stores..",
					"com.jainshikanji.order.customer..", "com.jainshikanji.order.downstream..",
					"org.springframework.web.client..")
			.check(classes);
	}

}
