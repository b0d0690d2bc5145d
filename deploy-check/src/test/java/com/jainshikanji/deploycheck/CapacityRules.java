package com.jainshikanji.deploycheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

import org.springframework.util.unit.DataSize;

import static com.jainshikanji.deploycheck.DeploymentRules.name;

/**
 * Rules of size and time: what each limit must leave room for, computed from the
 * manifests and the repository ({@link Platform}), each returning what breaks it (empty
 * when kept).
 */
final class CapacityRules {

	/**
	 * PostgreSQL connections kept out of the services' budget: the superuser's reserved
	 * three, CloudNativePG's instance manager and exporter, and a psql session.
	 */
	static final int RESERVED_CONNECTIONS = 10;

	/** PostgreSQL's own default of {@code max_connections}. */
	static final int DEFAULT_MAX_CONNECTIONS = 100;

	static final String BODY_SIZE = "nginx.ingress.kubernetes.io/proxy-body-size";

	private static final Pattern DATABASE_HOST = Pattern.compile("jdbc:postgresql://([^:/,]+)");

	private CapacityRules() {
	}

	static List<String> all(Manifests manifests, Platform platform) {
		List<String> breaches = new ArrayList<>();
		breaches.addAll(memoryLimits(manifests, platform.heapPercentage()));
		breaches.addAll(shutdownBudgets(manifests, platform.shutdownPhase()));
		breaches.addAll(connectionBudgets(manifests));
		breaches.addAll(ingressBodyLimits(manifests, platform.gatewayBodyLimit()));
		return breaches;
	}

	/** Each service's memory limit leaves its JVM room besides the heap. */
	static List<String> memoryLimits(Manifests manifests, int heapPercentage) {
		List<String> breaches = new ArrayList<>();
		DeploymentRules.forEachServiceContainer(manifests, (deployment, container) -> {
			Quantity limit = (container.getResources() != null && container.getResources().getLimits() != null)
					? container.getResources().getLimits().get("memory") : null;
			if (limit != null && JvmMemory.tooSmall(Quantity.getAmountInBytes(limit).longValue(), heapPercentage)) {
				breaches.add(DeploymentRules.where(deployment, container) + " memory limit " + limit + " "
						+ JvmMemory.describe(Quantity.getAmountInBytes(limit).longValue(), heapPercentage));
			}
		});
		return breaches;
	}

	/**
	 * Each service's pods have time to stop as Spring does: the preStop pause, then two
	 * phases that may each wait their whole timeout (the Kafka listeners finishing their
	 * records, the requests in flight draining), before the kubelet's SIGKILL.
	 */
	static List<String> shutdownBudgets(Manifests manifests, Duration phase) {
		List<String> breaches = new ArrayList<>();
		for (Deployment deployment : manifests.services()) {
			var pod = deployment.getSpec().getTemplate().getSpec();
			long grace = Objects.requireNonNullElse(pod.getTerminationGracePeriodSeconds(), 30L);
			var preStop = (pod.getContainers().get(0).getLifecycle() != null)
					? pod.getContainers().get(0).getLifecycle().getPreStop() : null;
			List<String> command = (preStop != null && preStop.getExec() != null) ? preStop.getExec().getCommand()
					: List.of();
			long pause = (command.size() == 2 && command.get(0).equals("sleep")) ? Long.parseLong(command.get(1)) : 0;
			long needed = pause + phase.multipliedBy(2).toSeconds();
			if (grace < needed) {
				breaches.add("Deployment " + name(deployment) + " is killed " + grace + " s after it is asked to stop,"
						+ " but needs " + needed + " s (a " + pause + " s preStop pause and two shutdown phases of "
						+ phase.toSeconds() + " s)");
			}
		}
		return breaches;
	}

	/**
	 * Each PostgreSQL Cluster's {@code max_connections} holds every pool of the services
	 * that use it at their autoscalers' maxima plus a rollout's surge (Hikari keeps its
	 * pool full), with {@link #RESERVED_CONNECTIONS} to spare: past it, a new pod's pool
	 * fails to open and the pod never becomes ready, in the middle of a rollout or a
	 * scale-up, when it is needed.
	 */
	static List<String> connectionBudgets(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		for (HasMetadata cluster : manifests.ofKind("Cluster")) {
			int max = maxConnections(cluster);
			Map<String, Integer> demand = new TreeMap<>();
			for (Deployment deployment : manifests.all(Deployment.class)) {
				Map<String, String> configuration = manifests.configuration(deployment);
				String url = configuration.get("DB_URL");
				if (url == null || !name(cluster).equals(clusterOf(url))) {
					continue;
				}
				String pool = configuration.get("DB_POOL_SIZE");
				if (pool == null) {
					breaches.add("Deployment " + name(deployment) + " sets no DB_POOL_SIZE, so Cluster " + name(cluster)
							+ "'s connections cannot be budgeted");
					continue;
				}
				demand.put(name(deployment), podsAtMost(manifests, deployment) * Integer.parseInt(pool));
			}
			int total = demand.values().stream().mapToInt(Integer::intValue).sum();
			if (total + RESERVED_CONNECTIONS > max) {
				breaches.add("Cluster " + name(cluster) + " allows " + max + " connections, but the services' pools"
						+ " reach " + total + " at their autoscalers' maxima with a rollout's surge, plus "
						+ RESERVED_CONNECTIONS + " reserved: " + demand);
			}
		}
		return breaches;
	}

	/**
	 * The most pods a Deployment runs: its autoscaler's maximum, and a rollout's surge.
	 */
	private static int podsAtMost(Manifests manifests, Deployment deployment) {
		int replicas = manifests.all(HorizontalPodAutoscaler.class)
			.stream()
			.filter((hpa) -> hpa.getSpec().getScaleTargetRef().getName().equals(name(deployment)))
			.map((hpa) -> hpa.getSpec().getMaxReplicas())
			.findFirst()
			.orElse(Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1));
		var strategy = deployment.getSpec().getStrategy();
		if (strategy != null && "Recreate".equals(strategy.getType())) {
			return replicas;
		}
		IntOrString surge = (strategy != null && strategy.getRollingUpdate() != null)
				? strategy.getRollingUpdate().getMaxSurge() : null;
		return replicas + surge(surge, replicas);
	}

	private static int surge(IntOrString surge, int replicas) {
		if (surge != null && surge.getIntVal() != null) {
			return surge.getIntVal();
		}
		String percent = (surge != null && surge.getStrVal() != null) ? surge.getStrVal() : "25%";
		return (int) Math.ceil(replicas * Integer.parseInt(percent.replace("%", "").strip()) / 100.0);
	}

	private static int maxConnections(HasMetadata cluster) {
		if (Manifests.spec(cluster).get("postgresql") instanceof Map<?, ?> postgresql
				&& postgresql.get("parameters") instanceof Map<?, ?> parameters
				&& parameters.get("max_connections") != null) {
			return Integer.parseInt(String.valueOf(parameters.get("max_connections")));
		}
		return DEFAULT_MAX_CONNECTIONS;
	}

	/**
	 * The CloudNativePG Cluster a JDBC URL names through its services (pg-rw, pg-ro,
	 * pg-r).
	 */
	static String clusterOf(String url) {
		Matcher host = DATABASE_HOST.matcher(url);
		return host.find() ? host.group(1).replaceFirst("-(rw|ro|r)$", "") : null;
	}

	/**
	 * The Ingress lets through larger bodies than the gateway takes, so that the gateway
	 * refuses them with its problem+json 413 rather than nginx with an HTML page
	 * ({@code 0}: nginx does not check).
	 */
	static List<String> ingressBodyLimits(Manifests manifests, DataSize gatewayDefault) {
		List<String> breaches = new ArrayList<>();
		DataSize gateway = manifests.services()
			.stream()
			.filter((deployment) -> name(deployment).equals(DeploymentRules.GATEWAY))
			.map((deployment) -> manifests.configuration(deployment).get("MAX_REQUEST_BODY"))
			.filter(Objects::nonNull)
			.map(DataSize::parse)
			.findFirst()
			.orElse(gatewayDefault);
		for (Ingress ingress : manifests.all(Ingress.class)) {
			// nginx's own default is 1m.
			String size = Objects.requireNonNullElse(ingress.getMetadata().getAnnotations(), Map.<String, String>of())
				.getOrDefault(BODY_SIZE, "1m");
			long bytes = Sizes.bytes(size);
			if (bytes != 0 && bytes <= gateway.toBytes()) {
				breaches.add("Ingress " + name(ingress) + " refuses bodies over " + size + " itself, not above the"
						+ " gateway's limit of " + gateway.toBytes() + " bytes: nginx's HTML 413 answers where the"
						+ " gateway's problem+json should (raise " + BODY_SIZE + ")");
			}
		}
		return breaches;
	}

}
