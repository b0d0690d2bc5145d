package com.jainshikanji.testsupport.architecture;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Each house-style rule catches the fixture code written to break it. */
class ArchitectureRulesTests {

	static final JavaClasses ruleBreakers = new ClassFileImporter().importPackages("com.jainshikanji.archfixture");

	static List<ArchRule> rulesExpectedToCatchTheFixtures() {
		return List.of(ArchitectureRules.entitiesAreNotPublic, ArchitectureRules.controllersExchangeNoEntities,
				ArchitectureRules.requestsAndResponsesAreRecords, ArchitectureRules.repositoriesStayInTheirFeature,
				ArchitectureRules.featuresAreFreeOfCycles, ArchitectureRules.noFieldInjection,
				ArchitectureRules.noStandardStreams, ArchitectureRules.controllersAreNotPublic);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rulesExpectedToCatchTheFixtures")
	void ruleFailsOnCodeThatBreaksIt(ArchRule rule) {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> rule.check(ruleBreakers));
	}

}
