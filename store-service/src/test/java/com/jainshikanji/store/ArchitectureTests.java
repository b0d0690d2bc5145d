package com.jainshikanji.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.web.bind.annotation.ExceptionHandler;

import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.testsupport.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/** The house style, and this service's own conventions on top of it. */
class ArchitectureTests {

	static final JavaClasses classes = ArchitectureRules.importMainClasses("com.jainshikanji.store");

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.jainshikanji.testsupport.architecture.ArchitectureRules#all")
	void followsTheHouseStyle(ArchRule rule) {
		rule.check(classes);
	}

	/**
	 * Domain exceptions declare their problem themselves and stay in their package; no
	 * handler method translates them.
	 */
	@Test
	void exceptionsDeclareTheirOwnProblem() {
		classes().that()
			.areAssignableTo(RuntimeException.class)
			.should()
			.beAnnotatedWith(ProblemType.class)
			.andShould()
			.notBePublic()
			.check(classes);
		noMethods().should().beAnnotatedWith(ExceptionHandler.class).check(classes);
	}

	/** Aggregates take domain values: no HTTP request record reaches an entity. */
	@Test
	void entitiesTakeNoRequests() {
		codeUnits().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Entity.class)
			.should(new ArchCondition<>("take no *Request parameter") {
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

}
