package com.jainshikanji.review;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.jainshikanji.testsupport.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	static final JavaClasses classes = ArchitectureRules.importMainClasses("com.jainshikanji.review");

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.jainshikanji.testsupport.architecture.ArchitectureRules#all")
	void followsTheHouseStyle(ArchRule rule) {
		rule.check(classes);
	}

	/**
	 * What may be reviewed is learned from the order topic only: the service calls no
	 * other service over HTTP, so it keeps working when they are down.
	 */
	@Test
	void noSynchronousCallsToOtherServices() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.client.RestClient")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.client.RestTemplate")
			.check(classes);
	}

}
