package com.jainshikanji.devstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service is only done when it is wired everywhere: the gateway's routes,
 * docker-compose, the Dockerfile's build context, the local launcher and the README's
 * module table. This fails when one of them is forgotten.
 */
class PlatformWiringTests {

	private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

	@Test
	void everyServiceModuleIsRoutedByTheGateway() throws IOException {
		Map<String, Object> gateway = child(yaml(ROOT.resolve("gateway-service/src/main/resources/application.yml")),
				"gateway");
		assertThat(child(gateway, "services").keySet()).containsAll(servicesBehindTheGateway());
	}

	@Test
	void everyServiceModuleRunsInDockerCompose() throws IOException {
		Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml"));
		assertThat(child(compose, "services").keySet()).containsAll(serviceModules());
	}

	@Test
	void everyServiceWithADatabaseGetsOneInDockerCompose() throws IOException {
		String init = Files.readString(ROOT.resolve("docker/postgres/init-databases.sh"));
		for (ServiceSpec spec : ServiceSpec.ALL) {
			if (spec.database() != null && serviceModules().contains(spec.name())) {
				assertThat(init).as("database of %s", spec.name()).containsPattern("create " + spec.database() + " ");
			}
		}
	}

	@Test
	void theDockerfileCopiesEveryModulesPomForItsDependencyLayer() throws IOException {
		String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
		for (String module : modules()) {
			assertThat(dockerfile).as("Dockerfile copies %s/pom.xml", module).contains("COPY " + module + "/pom.xml");
		}
	}

	@Test
	void theLocalLauncherKnowsEveryServiceModule() throws IOException {
		assertThat(ServiceSpec.ALL.stream().map(ServiceSpec::name).toList()).containsAll(serviceModules());
	}

	@Test
	void theSystemTestsAreBuiltAfterEverythingTheLauncherStarts() throws IOException {
		// The build runs modules in parallel and orders them only by their dependencies.
		String systemTests = Files.readString(ROOT.resolve("system-tests/pom.xml"));
		List<String> started = Stream
			.concat(ServiceSpec.ALL.stream().map(ServiceSpec::name).filter(modules()::contains), Stream.of("dev-stack"))
			.toList();
		for (String module : started) {
			assertThat(systemTests).as("system-tests depends on %s", module)
				.containsPattern(
						"<artifactId>" + module + "</artifactId>\\s*<version>[^<]+</version>\\s*<type>pom</type>");
		}
	}

	@Test
	void theReadmeModuleTableListsEveryModule() throws IOException {
		String readme = Files.readString(ROOT.resolve("README.md"));
		for (String module : modules()) {
			assertThat(readme).as("README module table row for %s", module).contains("| `" + module + "`");
		}
	}

	@Test
	void demoDataNeverStopsALaterRealMigrationFromApplying() throws IOException {
		for (String module : serviceModules()) {
			Path demo = ROOT.resolve(module + "/src/main/resources/application-demo.yml");
			if (Files.exists(demo)) {
				Map<String, Object> flyway = child(child(yaml(demo), "spring"), "flyway");
				assertThat(flyway).as("%s: demo migrations (V1000+) run before later real ones", module)
					.containsEntry("out-of-order", true);
			}
		}
	}

	private static List<String> servicesBehindTheGateway() throws IOException {
		return serviceModules().stream().filter((module) -> !module.equals("gateway-service")).toList();
	}

	private static List<String> serviceModules() throws IOException {
		return modules().stream().filter((module) -> module.endsWith("-service")).toList();
	}

	private static List<String> modules() throws IOException {
		Matcher matcher = Pattern.compile("<module>([^<]+)</module>")
			.matcher(Files.readString(ROOT.resolve("pom.xml")));
		return Stream.iterate(matcher.find(), (found) -> found, (found) -> matcher.find())
			.map((found) -> matcher.group(1))
			.toList();
	}

	private static Map<String, Object> yaml(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			return new Yaml().load(reader);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> child(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (Map<String, Object>) parent.get(key);
	}

}
