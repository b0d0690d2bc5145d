package com.jainshikanji.analytics;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.jainshikanji.testsupport.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	static final JavaClasses classes = ArchitectureRules.importMainClasses("com.jainshikanji.analytics");

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.jainshikanji.testsupport.architecture.ArchitectureRules#all")
	void followsTheHouseStyle(ArchRule rule) {
		rule.check(classes);
	}

	/**
	 * Events become facts in one place ({@code Facts#apply}, for the listener and the
	 * rebuild alike), so the rebuild arrives where the live figures are; figures are read
	 * from rollups and facts, never written by the reporting side.
	 */
	@Test
	void onlyTheFactsPackageRecordsEvents() {
		noClasses().that()
			.resideOutsideOfPackages("..facts..")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("FactRecorder")
			.check(classes);
		noClasses().that()
			.resideInAPackage("..reporting..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..rebuild..", "..rollup..")
			.check(classes);
	}

}
