package com.jainshikanji.loyalty;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.jainshikanji.testsupport.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	static final JavaClasses classes = ArchitectureRules.importMainClasses("com.jainshikanji.loyalty");

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.jainshikanji.testsupport.architecture.ArchitectureRules#all")
	void followsTheHouseStyle(ArchRule rule) {
		rule.check(classes);
	}

	/** Controllers map requests to domain values; aggregates never see HTTP. */
	@Test
	void aggregatesTakeDomainValuesNeverRequests() {
		codeUnits().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith("jakarta.persistence.Entity")
			.should(new ArchCondition<JavaCodeUnit>("take no request record") {
				@Override
				public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
					codeUnit.getRawParameterTypes()
						.stream()
						.filter((type) -> type.getSimpleName().endsWith("Request"))
						.forEach((type) -> events.add(SimpleConditionEvent.violated(codeUnit,
								codeUnit.getFullName() + " takes " + type.getSimpleName())));
				}
			})
			.check(classes);
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

	/** Each package says what it is for and that nothing in it is null unless marked. */
	@Test
	void everyPackageIsNullMarked() {
		classes().should(new ArchCondition<JavaClass>("be in a package-info marked @NullMarked") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
					events.add(SimpleConditionEvent.violated(type, type.getPackageName() + " is not @NullMarked"));
				}
			}
		}).check(classes);
	}

}
