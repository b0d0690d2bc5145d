package com.jainshikanji.testsupport.architecture;

import java.util.List;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.jspecify.annotations.NullMarked;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house style (STYLE.md) as executable rules, shared by every service. A service
 * checks all of them with <pre class="code">
 * class ArchitectureTests {
 *     static final JavaClasses classes = ArchitectureRules.importMainClasses("com.jainshikanji.customer");
 *
 *     &#64;ParameterizedTest(name = "{0}")
 *     &#64;MethodSource("com.jainshikanji.testsupport.architecture.ArchitectureRules#all")
 *     void followsTheHouseStyle(ArchRule rule) {
 *         rule.check(classes);
 *     }
 * }
 * </pre>
 */
public final class ArchitectureRules {

	private static final String ENTITY = "jakarta.persistence.Entity";

	/** Entities are implementation details of their feature package. */
	public static final ArchRule entitiesAreNotPublic = classes().that()
		.areAnnotatedWith(ENTITY)
		.should()
		.notBePublic()
		.because("entities stay inside their feature package and never cross HTTP");

	/**
	 * Controllers neither take nor return entities: requests and responses are records.
	 */
	public static final ArchRule controllersExchangeNoEntities = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
		.should(new ArchCondition<>("neither take nor return an entity") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean returnsEntity = method.getReturnType()
					.getAllInvolvedRawTypes()
					.stream()
					.anyMatch((type) -> type.isAnnotatedWith(ENTITY));
				boolean takesEntity = method.getParameterTypes()
					.stream()
					.anyMatch((type) -> type.getAllInvolvedRawTypes()
						.stream()
						.anyMatch((raw) -> raw.isAnnotatedWith(ENTITY)));
				if (returnsEntity || takesEntity) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes an entity"));
				}
			}
		});

	/** Request and response payloads are immutable records. */
	public static final ArchRule requestsAndResponsesAreRecords = classes().that()
		.haveSimpleNameEndingWith("Request")
		.or()
		.haveSimpleNameEndingWith("Response")
		.and()
		.areNotInterfaces()
		.should()
		.beRecords();

	/**
	 * Repositories are used by their own feature only; other features go through its
	 * public services.
	 */
	public static final ArchRule repositoriesStayInTheirFeature = classes().that()
		.areAssignableTo("org.springframework.data.repository.Repository")
		.should(new ArchCondition<>("be used only within their own package") {
			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
					JavaClass origin = dependency.getOriginClass();
					if (!origin.getPackageName().equals(repository.getPackageName())) {
						events.add(SimpleConditionEvent.violated(dependency,
								origin.getName() + " uses " + repository.getSimpleName() + " from another feature"));
					}
				}
			}
		})
		.because("a feature's tables are reached through that feature's services");

	/** Feature packages do not depend on each other in a circle. */
	public static final ArchRule featuresAreFreeOfCycles = slices().matching("com.jainshikanji.*.(*)..")
		.should()
		.beFreeOfCycles();

	/** Dependencies come through constructors into final fields. */
	public static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

	public static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

	public static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

	/** Controllers are package-private: nothing else calls them. */
	public static final ArchRule controllersAreNotPublic = classes().that()
		.areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
		.should()
		.notHaveModifier(JavaModifier.PUBLIC);

	/**
	 * Services do not reach for the HTTP request; controllers hand them what they need.
	 */
	public static final ArchRule servicesAreIndependentOfServletApi = noClasses().that()
		.areAnnotatedWith("org.springframework.stereotype.Service")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("jakarta.servlet..");

	/** Controllers map requests to domain values; aggregates never see HTTP. */
	public static final ArchRule aggregatesTakeDomainValuesNeverRequests = codeUnits().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(ENTITY)
		.should(new ArchCondition<JavaCodeUnit>("take no request record") {
			@Override
			public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
				codeUnit.getRawParameterTypes()
					.stream()
					.filter((type) -> type.getSimpleName().endsWith("Request"))
					.forEach((type) -> events.add(SimpleConditionEvent.violated(codeUnit,
							codeUnit.getFullName() + " takes " + type.getSimpleName())));
			}
		});

	/** Each package says what it is for and that nothing in it is null unless marked. */
	public static final ArchRule everyPackageIsNullMarked = classes()
		.should(new ArchCondition<JavaClass>("be in a package-info marked @NullMarked") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
					events.add(SimpleConditionEvent.violated(type, type.getPackageName() + " is not @NullMarked"));
				}
			}
		});

	private ArchitectureRules() {
	}

	/** Every rule above. */
	public static List<ArchRule> all() {
		return List.of(entitiesAreNotPublic, controllersExchangeNoEntities, requestsAndResponsesAreRecords,
				repositoriesStayInTheirFeature, featuresAreFreeOfCycles, noFieldInjection, noStandardStreams,
				noJavaUtilLogging, controllersAreNotPublic, servicesAreIndependentOfServletApi,
				aggregatesTakeDomainValuesNeverRequests, everyPackageIsNullMarked);
	}

	/** The production classes of a service, without its tests. */
	public static JavaClasses importMainClasses(String rootPackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
	}

}
