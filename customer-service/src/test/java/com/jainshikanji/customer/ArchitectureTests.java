package com.jainshikanji.customer;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.testsupport.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

class ArchitectureTests {

	static final JavaClasses classes = ArchitectureRules.importMainClasses("com.jainshikanji.customer");

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.jainshikanji.testsupport.architecture.ArchitectureRules#all")
	void followsTheHouseStyle(ArchRule rule) {
		rule.check(classes);
	}

	/**
	 * A domain exception says which problem it is next to itself, so no handler method is
	 * needed and none is forgotten.
	 */
	@Test
	void domainExceptionsDeclareTheirProblem() {
		classes().that()
			.areAssignableTo(RuntimeException.class)
			.should()
			.beAnnotatedWith(ProblemType.class)
			.andShould()
			.notBePublic()
			.check(classes);
	}

	/**
	 * Aggregates are changed with domain values; HTTP request records stop at the edge.
	 */
	@Test
	void entitiesTakeNoRequestRecords() {
		codeUnits().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith("jakarta.persistence.Entity")
			.should(new ArchCondition<>("take no *Request parameter") {
				@Override
				public void check(JavaCodeUnit unit, ConditionEvents events) {
					for (JavaClass parameter : unit.getRawParameterTypes()) {
						if (parameter.getSimpleName().endsWith("Request")) {
							events.add(SimpleConditionEvent.violated(unit,
									unit.getFullName() + " takes " + parameter.getSimpleName()));
						}
					}
				}
			})
			.check(classes);
	}

}
