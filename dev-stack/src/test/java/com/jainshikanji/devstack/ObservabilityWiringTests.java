package com.jainshikanji.devstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring files agree with the services: every metric a dashboard or an alert rule
 * selects is one a service exports (docker/prometheus/exported-metrics.txt, scraped from
 * the running platform by scripts/list-exported-metrics.sh), and Prometheus scrapes every
 * service on the management port that service really uses.
 */
class ObservabilityWiringTests {

	private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

	/** A metric selector in PromQL as the dashboards and rules write it: name{...}. */
	private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

	/** Series Prometheus makes itself rather than scrapes. */
	private static final Set<String> PROMETHEUS_OWN = Set.of("up");

	@Test
	void everyMetricTheDashboardsAndAlertsSelectIsOneAServiceExports() throws IOException {
		Set<String> exported = exportedMetrics();
		Map<String, List<String>> used = new java.util.TreeMap<>();
		try (Stream<Path> dashboards = Files.list(ROOT.resolve("docker/grafana/dashboards"))) {
			for (Path dashboard : dashboards.filter((file) -> file.toString().endsWith(".json")).toList()) {
				collect(dashboard, Files.readString(dashboard), used);
			}
		}
		Path alerts = ROOT.resolve("docker/prometheus/alerts.yml");
		collect(alerts, Files.readString(alerts), used);

		assertThat(used).as("metrics the dashboards and alerts select").isNotEmpty();
		used.keySet().removeAll(PROMETHEUS_OWN);
		assertThat(used.keySet()).as("metrics no service exports (where they are used: %s)", used).isSubsetOf(exported);
	}

	@Test
	void everyPanelAndRuleSelectsAtLeastOneMetric() throws IOException {
		Path alerts = ROOT.resolve("docker/prometheus/alerts.yml");
		for (Map<String, Object> rule : rules(alerts)) {
			assertThat(SELECTOR.matcher(String.valueOf(rule.get("expr"))).find()).as("rule %s", rule.get("alert"))
				.isTrue();
		}
		try (Stream<Path> dashboards = Files.list(ROOT.resolve("docker/grafana/dashboards"))) {
			for (Path dashboard : dashboards.filter((file) -> file.toString().endsWith(".json")).toList()) {
				Matcher expressions = Pattern.compile("\"expr\": \"((?:[^\"\\\\]|\\\\.)*)\"")
					.matcher(Files.readString(dashboard));
				int count = 0;
				while (expressions.find()) {
					count++;
					assertThat(SELECTOR.matcher(expressions.group(1)).find())
						.as("%s: %s", dashboard.getFileName(), expressions.group(1))
						.isTrue();
				}
				assertThat(count).as("panels of %s", dashboard.getFileName()).isPositive();
			}
		}
	}

	@Test
	void prometheusScrapesEveryServiceOnItsManagementPort() throws IOException {
		Map<String, Object> prometheus = yaml(ROOT.resolve("docker/prometheus/prometheus.yml"));
		String scrapeConfigs = String.valueOf(prometheus.get("scrape_configs"));
		for (ServiceSpec spec : ServiceSpec.ALL) {
			if (!spec.name().endsWith("-service")) {
				continue;
			}
			int managementPort = managementPort(spec.name());
			assertThat(managementPort).as("%s: management port 9080 + its number", spec.name())
				.isEqualTo(spec.port() + 1000);
			assertThat(scrapeConfigs).as("Prometheus scrapes %s", spec.name())
				.contains(spec.name() + ":" + managementPort);
		}
	}

	@Test
	void theLauncherAndTheContainersWaitForTheSameReadinessProbe() throws IOException {
		String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
		String launcher = Files
			.readString(ROOT.resolve("dev-stack/src/main/java/com/jainshikanji/devstack/ServiceProcess.java"));
		assertThat(compose).contains("GET /readyz ");
		assertThat(launcher).contains("\"/readyz\"");
	}

	@Test
	void theTraceViewerRunsAndReceivesSpansOnlyWhenAskedFor() throws IOException {
		assertThat(DevStack.Options.parse(new String[] { "--wipe" }).zipkin()).isFalse();
		assertThat(DevStack.Options.parse(new String[] { "--zipkin" }).zipkin()).isTrue();
		assertThat(Files.readString(ROOT.resolve("common-lib/src/main/resources/jainshikanji-defaults.yml")))
			.contains("enabled: ${ZIPKIN_ENABLED:false}");
		assertThat(ZipkinServer.serviceEnvironment()).containsEntry("ZIPKIN_ENABLED", "true")
			.containsEntry("ZIPKIN_ENDPOINT", "http://127.0.0.1:9411/api/v2/spans");
	}

	/** The default of {@code management.server.port} in the service's application.yml. */
	private static int managementPort(String service) throws IOException {
		Map<String, Object> management = child(yaml(ROOT.resolve(service + "/src/main/resources/application.yml")),
				"management");
		String port = String.valueOf(child(management, "server").get("port"));
		Matcher matcher = Pattern.compile("\\$\\{MANAGEMENT_PORT:(\\d+)}").matcher(port);
		assertThat(matcher.matches()).as("%s: management.server.port is ${MANAGEMENT_PORT:<port>}", service).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static Set<String> exportedMetrics() throws IOException {
		return Files.readAllLines(ROOT.resolve("docker/prometheus/exported-metrics.txt"))
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static void collect(Path file, String text, Map<String, List<String>> used) {
		Matcher matcher = SELECTOR.matcher(text);
		while (matcher.find()) {
			String name = matcher.group(1);
			// {{ $labels.x }} templates and Grafana's ${var} are not selectors.
			if (!name.isEmpty() && text.charAt(matcher.start(1) > 0 ? matcher.start(1) - 1 : 0) != '$') {
				used.computeIfAbsent(name, (key) -> new ArrayList<>()).add(file.getFileName().toString());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rules(Path alerts) throws IOException {
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) yaml(alerts).get("groups")) {
			rules.addAll((List<Map<String, Object>>) group.get("rules"));
		}
		return rules;
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
