package com.jainshikanji.loyalty;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.jainshikanji.testsupport.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	static final JavaClasses classes = ArchitectureRules.importMainClasses("com.jainshikanji.loyalty");

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.jainshikanji.testsupport.architecture.ArchitectureRules#all")
	void followsTheHouseStyle(ArchRule rule) {
		rule.check(classes);
	}

	/**
	 * Only the points package writes the ledger: everything else changes points through
	 * {@code PointsLedger}, which locks the account and records the balance after.
	 */
	@Test
	void onlyThePointsPackageTouchesTheLedger() {
		noClasses().that()
			.resideOutsideOfPackage("..points..")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameStartingWith("Ledger")
			.check(classes);
	}

}
