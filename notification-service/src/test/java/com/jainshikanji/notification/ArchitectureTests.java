package com.jainshikanji.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.jainshikanji.testsupport.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	static final JavaClasses classes = ArchitectureRules.importMainClasses("com.jainshikanji.notification");

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.jainshikanji.testsupport.architecture.ArchitectureRules#all")
	void followsTheHouseStyle(ArchRule rule) {
		rule.check(classes);
	}

	/**
	 * Only the provider adapters and the directory clients speak HTTP to others (built in
	 * the service's config), so timeouts, circuit breakers and retry rules apply to every
	 * call.
	 */
	@Test
	void onlyAdaptersCallOtherParties() {
		noClasses().that()
			.resideOutsideOfPackages("..channel..", "..directory..", "..config..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.client.RestClient")
			.check(classes);
	}

}
