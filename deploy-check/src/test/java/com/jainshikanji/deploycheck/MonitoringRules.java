package com.jainshikanji.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The monitoring a rendered overlay brings (deploy/components/monitoring) and the alert
 * rules and dashboards under docker/: what breaks each rule, one line per breach, empty
 * when kept.
 */
final class MonitoringRules {

	/** Where every service's actuator serves its metrics. */
	static final String METRICS_PATH = "/actuator/prometheus";

	/** The label every series and every scrape target of the platform carries. */
	static final String APPLICATION = "application";

	/** Where a PodMonitor's relabeling finds a pod's {@link DeploymentRules#NAME}. */
	static final String POD_NAME_LABEL = "__meta_kubernetes_pod_label_app_kubernetes_io_name";

	/**
	 * A matcher on the job label: {@code job="..."}, {@code job!=...}, {@code job=~...}.
	 */
	private static final Pattern JOB_MATCHER = Pattern.compile("[{,]\\s*job\\s*(=|!=|=~|!~)");

	/** One {@code absent(up{application="<service>"})} of the rule ServiceNotScraped. */
	private static final Pattern ABSENT_APPLICATION = Pattern
		.compile("absent\\(\\s*up\\{\\s*application\\s*=\\s*\"([^\"]+)\"\\s*}\\s*\\)");

	private MonitoringRules() {
	}

	/**
	 * Each PodMonitor selects the pods of every service and scrapes them on the named
	 * port that is the service's management port ({@code MANAGEMENT_SERVER_PORT}) at
	 * {@link #METRICS_PATH}, giving each target its service's name as its
	 * {@link #APPLICATION} label without renaming the scraped series' own.
	 */
	static List<String> podMonitors(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		for (HasMetadata monitor : manifests.ofKind("PodMonitor")) {
			String name = "PodMonitor " + monitor.getMetadata().getName();
			Map<?, ?> spec = Manifests.spec(monitor);
			Map<?, ?> matchLabels = (spec.get("selector") instanceof Map<?, ?> selector
					&& selector.get("matchLabels") instanceof Map<?, ?> labels) ? labels : Map.of();
			List<?> endpoints = (spec.get("podMetricsEndpoints") instanceof List<?> list) ? list : List.of();
			if (matchLabels.isEmpty()) {
				breaches.add(name + " selects no pods by label");
			}
			if (endpoints.isEmpty()) {
				breaches.add(name + " has no podMetricsEndpoints");
			}
			for (Deployment deployment : manifests.services()) {
				Map<String, String> podLabels = Manifests.podLabels(deployment);
				if (!podLabels.entrySet().containsAll(matchLabels.entrySet())) {
					breaches.add(name + " does not select the pods of " + DeploymentRules.name(deployment) + " (labels "
							+ podLabels + ")");
				}
				for (Object each : endpoints) {
					Map<?, ?> endpoint = (each instanceof Map<?, ?> map) ? map : Map.of();
					breaches.addAll(endpoint(name, endpoint, deployment, manifests));
				}
			}
		}
		return breaches;
	}

	private static List<String> endpoint(String monitor, Map<?, ?> endpoint, Deployment deployment,
			Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		String service = DeploymentRules.name(deployment);
		String management = manifests.configuration(deployment).get("MANAGEMENT_SERVER_PORT");
		Integer port = Objects
			.requireNonNullElse(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts(),
					List.<ContainerPort>of())
			.stream()
			.filter((candidate) -> Objects.equals(candidate.getName(), endpoint.get("port")))
			.map(ContainerPort::getContainerPort)
			.findFirst()
			.orElse(null);
		if (port == null || !String.valueOf(port).equals(management)) {
			breaches.add(monitor + " scrapes port " + endpoint.get("port") + " of " + service + " (" + port
					+ "), not its management port (MANAGEMENT_SERVER_PORT " + management + ")");
		}
		if (!METRICS_PATH.equals(endpoint.get("path"))) {
			breaches.add(monitor + " scrapes " + endpoint.get("path") + ", not " + METRICS_PATH);
		}
		if (!Boolean.TRUE.equals(endpoint.get("honorLabels"))) {
			breaches.add(monitor + " does not honor the scraped labels: every series' " + APPLICATION
					+ " label would become exported_" + APPLICATION);
		}
		boolean labelled = (endpoint.get("relabelings") instanceof List<?> relabelings) && relabelings.stream()
			.anyMatch((relabeling) -> relabeling instanceof Map<?, ?> r && APPLICATION.equals(r.get("targetLabel"))
					&& List.of(POD_NAME_LABEL).equals(r.get("sourceLabels")) && r.get("action") == null);
		if (!labelled || !service.equals(Manifests.podLabels(deployment).get(DeploymentRules.NAME))) {
			breaches.add(monitor + " does not give the targets of " + service + " the label " + APPLICATION + "="
					+ service + " (from " + POD_NAME_LABEL + ")");
		}
		return breaches;
	}

	/**
	 * Each PrometheusRule holds the groups of docker/prometheus/alerts.yml, the alert
	 * rules docker-compose's Prometheus evaluates.
	 */
	static List<String> prometheusRules(Manifests manifests, Object alertGroups) {
		List<String> breaches = new ArrayList<>();
		for (HasMetadata rule : manifests.ofKind("PrometheusRule")) {
			if (!Objects.equals(Manifests.spec(rule).get("groups"), alertGroups)) {
				breaches.add("PrometheusRule " + rule.getMetadata().getName()
						+ " does not hold the groups of docker/prometheus/alerts.yml (copy them from there)");
			}
		}
		return breaches;
	}

	/**
	 * Expressions that select by job, which only docker-compose's prometheus.yml names
	 * (the Prometheus Operator names its jobs otherwise).
	 */
	static List<String> selectingByJob(Map<String, String> expressionsByWhere) {
		List<String> breaches = new ArrayList<>();
		expressionsByWhere.forEach((where, expression) -> {
			if (JOB_MATCHER.matcher(expression).find()) {
				breaches.add(where + " selects by job: " + expression);
			}
		});
		return breaches;
	}

	/** The services an expression asks {@code absent(up{application="..."})} of. */
	static Set<String> absentApplications(String expression) {
		Set<String> applications = new TreeSet<>();
		Matcher absent = ABSENT_APPLICATION.matcher(expression);
		while (absent.find()) {
			applications.add(absent.group(1));
		}
		return applications;
	}

}
