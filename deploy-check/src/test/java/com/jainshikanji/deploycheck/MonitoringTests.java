package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform is monitored alike under docker-compose and on Kubernetes: the prod
 * overlay brings a PodMonitor that scrapes every service's management port and a
 * PrometheusRule holding the alert rules of docker/prometheus/alerts.yml (kustomize
 * cannot make one from the other, so this holds them equal), and no rule or dashboard
 * selects by the job label, which only docker-compose's prometheus.yml names.
 */
class MonitoringTests {

	private static final Path ALERTS = OverlaysTests.ROOT.resolve("docker/prometheus/alerts.yml");

	private static final Path DASHBOARDS = OverlaysTests.ROOT.resolve("docker/grafana/dashboards");

	private static final Path COMPOSE_PROMETHEUS = OverlaysTests.ROOT.resolve("docker/prometheus/prometheus.yml");

	/** The prod overlay, rendered once; each test parses its own copy. */
	private static String prod;

	@BeforeAll
	static void renderProd() {
		prod = Kustomize.render(OverlaysTests.DEPLOY.resolve("overlays/prod"));
	}

	static List<Path> overlays() throws IOException {
		return OverlaysTests.overlays();
	}

	@Test
	void prodScrapesEveryServiceAndEvaluatesTheAlertRules() {
		Manifests manifests = Manifests.parse(prod);

		assertThat(manifests.ofKind("PodMonitor")).hasSize(1);
		assertThat(manifests.ofKind("PrometheusRule")).hasSize(1);
		assertThat(MonitoringRules.podMonitors(manifests)).isEmpty();
		assertThat(MonitoringRules.prometheusRules(manifests, alertGroups())).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void whateverMonitoringAnOverlayBringsKeepsTheRules(Path overlay) {
		Manifests manifests = Manifests.parse(Kustomize.render(overlay));

		assertThat(MonitoringRules.podMonitors(manifests)).isEmpty();
		assertThat(MonitoringRules.prometheusRules(manifests, alertGroups())).isEmpty();
	}

	@Test
	void aPodMonitorOnAnotherPortOrMissingServicesIsNamed() {
		Manifests manifests = Manifests.parse(prod);
		Map<String, Object> endpoint = podMetricsEndpoint(manifests);
		endpoint.put("port", "http");
		endpoint.remove("honorLabels");
		endpoint.remove("relabelings");
		selector(manifests).put(DeploymentRules.NAME, DeploymentRules.GATEWAY);

		assertThat(MonitoringRules.podMonitors(manifests)).contains(
				"PodMonitor jainshikanji-platform scrapes port http of order-service (8083), not its management port"
						+ " (MANAGEMENT_SERVER_PORT 9000)",
				"PodMonitor jainshikanji-platform does not honor the scraped labels: every series' application label"
						+ " would become exported_application",
				"PodMonitor jainshikanji-platform does not give the targets of order-service the label"
						+ " application=order-service (from __meta_kubernetes_pod_label_app_kubernetes_io_name)")
			.anySatisfy((breach) -> assertThat(breach)
				.startsWith("PodMonitor jainshikanji-platform does not select the pods of order-service"))
			.noneMatch((breach) -> breach.contains("select the pods of gateway-service"));
	}

	@Test
	void aPrometheusRuleThatDriftedFromTheAlertRulesIsNamed() {
		Manifests manifests = Manifests.parse(prod);
		HasMetadata rule = manifests.ofKind("PrometheusRule").get(0);
		((List<?>) ((Map<?, ?>) ((List<?>) Manifests.spec(rule).get("groups")).get(0)).get("rules")).remove(0);

		assertThat(MonitoringRules.prometheusRules(manifests, alertGroups()))
			.containsExactly("PrometheusRule jainshikanji-platform does not hold the groups of"
					+ " docker/prometheus/alerts.yml (copy them from there)");
	}

	@Test
	void noAlertRuleOrDashboardSelectsByJob() throws IOException {
		Map<String, String> expressions = new LinkedHashMap<>();
		for (Map<?, ?> rule : alertRules()) {
			expressions.put("alerts.yml " + rule.get("alert"), String.valueOf(rule.get("expr")));
		}
		try (Stream<Path> files = Files.list(DASHBOARDS)) {
			for (Path dashboard : files.filter((file) -> file.toString().endsWith(".json")).sorted().toList()) {
				List<String> queries = new ArrayList<>();
				collectQueries(new ObjectMapper().readTree(dashboard.toFile()), queries);
				assertThat(queries).as("queries of %s", dashboard.getFileName()).isNotEmpty();
				for (int i = 0; i < queries.size(); i++) {
					expressions.put(dashboard.getFileName() + " query " + (i + 1), queries.get(i));
				}
			}
		}

		assertThat(MonitoringRules.selectingByJob(expressions)).isEmpty();
		assertThat(MonitoringRules.selectingByJob(Map.of("a rule", "sum(up{application=\"x\", job=~\"plat.*\"})")))
			.containsExactly("a rule selects by job: sum(up{application=\"x\", job=~\"plat.*\"})");
	}

	@Test
	void aServiceWithoutAScrapeTargetIsAlertedForEveryService() throws IOException {
		Map<?, ?> rule = alertRules().stream()
			.filter((candidate) -> "ServiceNotScraped".equals(candidate.get("alert")))
			.findFirst()
			.orElseThrow();

		assertThat(MonitoringRules.absentApplications(String.valueOf(rule.get("expr"))))
			.containsExactlyInAnyOrderElementsOf(OverlaysTests.services());
	}

	/**
	 * docker-compose's Prometheus labels each target with its service, as the PodMonitor
	 * does, so that {@code up} carries the label the rules select by.
	 */
	@Test
	void dockerComposesPrometheusGivesEveryTargetItsApplication() throws IOException {
		Map<?, ?> config = yaml(COMPOSE_PROMETHEUS);
		Set<String> labelled = new HashSet<>();
		for (Object each : (List<?>) config.get("scrape_configs")) {
			Map<?, ?> scrape = (Map<?, ?>) each;
			assertThat(scrape.get("honor_labels")).as("honor_labels of %s", scrape.get("job_name")).isEqualTo(true);
			assertThat(scrape.get("metrics_path")).isEqualTo(MonitoringRules.METRICS_PATH);
			for (Object staticConfig : (List<?>) scrape.get("static_configs")) {
				Map<?, ?> targets = (Map<?, ?>) staticConfig;
				String application = String.valueOf(((Map<?, ?>) targets.get("labels")).get("application"));
				assertThat((List<?>) targets.get("targets")).as("targets labelled %s", application)
					.singleElement()
					.asString()
					.startsWith(application + ":");
				labelled.add(application);
			}
		}

		assertThat(labelled).containsExactlyInAnyOrderElementsOf(OverlaysTests.services());
	}

	private static void collectQueries(JsonNode node, List<String> queries) {
		node.properties().forEach((field) -> {
			if (field.getValue().isTextual() && List.of("expr", "query", "definition").contains(field.getKey())) {
				queries.add(field.getValue().asText());
			}
			else {
				collectQueries(field.getValue(), queries);
			}
		});
		if (node.isArray()) {
			node.forEach((element) -> collectQueries(element, queries));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> podMetricsEndpoint(Manifests manifests) {
		HasMetadata monitor = manifests.ofKind("PodMonitor").get(0);
		return (Map<String, Object>) ((List<?>) Manifests.spec(monitor).get("podMetricsEndpoints")).get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> selector(Manifests manifests) {
		HasMetadata monitor = manifests.ofKind("PodMonitor").get(0);
		return (Map<String, Object>) ((Map<?, ?>) Manifests.spec(monitor).get("selector")).get("matchLabels");
	}

	private static Object alertGroups() {
		return yaml(ALERTS).get("groups");
	}

	private static List<Map<?, ?>> alertRules() {
		List<Map<?, ?>> rules = new ArrayList<>();
		for (Object group : (List<?>) alertGroups()) {
			for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
				rules.add((Map<?, ?>) rule);
			}
		}
		return rules;
	}

	private static Map<?, ?> yaml(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			return new Yaml().load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
