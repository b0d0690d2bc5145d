package com.jainshikanji.common;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.testsupport.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * common-lib stays thin: infrastructure and contracts only, so a change here rarely
 * forces a service change.
 */
class CommonLibArchitectureTests {

	static final JavaClasses library = ArchitectureRules.importMainClasses("com.jainshikanji.common");

	@Test
	void knowsNothingOfAnyService() {
		noClasses().should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.jainshikanji..")
				.and(JavaClass.Predicates.resideOutsideOfPackage("com.jainshikanji.common..")))
			.check(library);
	}

	@Test
	void holdsNoEntitiesOrPersistenceMappings() {
		noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(library);
	}

	@Test
	void theMessagingAdminApiFollowsTheServiceRules() {
		JavaClasses messaging = ArchitectureRules.importMainClasses("com.jainshikanji.common.messaging");
		ArchitectureRules.controllersAreNotPublic.check(messaging);
		ArchitectureRules.requestsAndResponsesAreRecords.check(messaging);
		ArchitectureRules.noFieldInjection.check(messaging);
		ArchitectureRules.featuresAreFreeOfCycles.check(library);
	}

	@Test
	void eventContractsAreImmutableRecords() {
		classes().that()
			.implement(IntegrationEvent.class)
			.should()
			.beRecords()
			.andShould()
			.beAnnotatedWith(EventType.class)
			.check(library);
	}

}
