package com.jainshikanji.deploycheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The rules every rendered overlay keeps, each returning what breaks it (empty when
 * kept), one line per breach naming the resource.
 */
final class DeploymentRules {

	/** The one service reachable from outside the cluster. */
	static final String GATEWAY = "gateway-service";

	/** The label each service's pods carry, which NetworkPolicies and callers name. */
	static final String NAME = "app.kubernetes.io/name";

	/** The label whose value {@link #PLATFORM} marks the platform's own services. */
	static final String PART_OF = "app.kubernetes.io/part-of";

	static final String PLATFORM = "jainshikanji-platform";

	/**
	 * The domains reserved for examples (RFC 2606) and their subdomains: a value naming
	 * one is a placeholder nobody replaced.
	 */
	static final Pattern PLACEHOLDER = Pattern.compile("(?i)(?<![a-z0-9-])example\\.(?:com|net|org)(?![a-z0-9-])");

	/** Variables that hold secrets, which only a Secret may carry. */
	static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIALS).*|.*_KEY");

	private DeploymentRules() {
	}

	static List<String> all(Manifests manifests, Platform platform) {
		List<String> breaches = new ArrayList<>();
		breaches.addAll(resources(manifests));
		breaches.addAll(probes(manifests));
		breaches.addAll(autoscaled(manifests));
		breaches.addAll(disruptionBudgets(manifests));
		breaches.addAll(pinnedImages(manifests));
		breaches.addAll(ownImages(manifests));
		breaches.addAll(secretsOnlyFromSecrets(manifests));
		breaches.addAll(configMapsExist(manifests, platform.installedConfigMaps()));
		breaches.addAll(placeholders(manifests));
		breaches.addAll(onlyTheGatewayFromOutside(manifests));
		breaches.addAll(networkPolicies(manifests, platform.callers()));
		breaches.addAll(databases(manifests));
		breaches.addAll(singleInstanceDatabases(manifests));
		breaches.addAll(CapacityRules.all(manifests, platform));
		breaches.addAll(ReachRules.all(manifests, platform.callers()));
		return breaches;
	}

	/**
	 * Each database a service's {@code DB_URL} names is declared (a CloudNativePG
	 * Database), owned by a role the Cluster manages with a password from the Secret the
	 * service reads it from.
	 */
	static List<String> databases(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		Map<String, String> ownerByDatabase = new HashMap<>();
		manifests.ofKind("Database")
			.forEach((database) -> ownerByDatabase.put(String.valueOf(Manifests.spec(database).get("name")),
					String.valueOf(Manifests.spec(database).get("owner"))));
		Map<String, String> secretByRole = new HashMap<>();
		for (var cluster : manifests.ofKind("Cluster")) {
			if (Manifests.spec(cluster).get("managed") instanceof Map<?, ?> managed
					&& managed.get("roles") instanceof List<?> roles) {
				for (Object role : roles) {
					if (role instanceof Map<?, ?> r && r.get("passwordSecret") instanceof Map<?, ?> secret) {
						secretByRole.put(String.valueOf(r.get("name")), String.valueOf(secret.get("name")));
					}
				}
			}
		}
		for (Deployment deployment : manifests.all(Deployment.class)) {
			Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
			String url = manifests.configuration(deployment).get("DB_URL");
			if (url == null) {
				continue;
			}
			String database = url.substring(url.lastIndexOf('/') + 1);
			String owner = ownerByDatabase.get(database);
			String passwordSecret = Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())
				.stream()
				.filter((env) -> env.getName().equals("DB_PASSWORD") && env.getValueFrom() != null
						&& env.getValueFrom().getSecretKeyRef() != null)
				.map((env) -> env.getValueFrom().getSecretKeyRef().getName())
				.findFirst()
				.orElse(null);
			if (owner == null) {
				breaches.add("Deployment " + name(deployment) + " uses database " + database
						+ ", which no CloudNativePG Database declares");
			}
			else if (!Objects.equals(secretByRole.get(owner), passwordSecret)) {
				breaches.add("Deployment " + name(deployment) + " reads DB_PASSWORD from " + passwordSecret
						+ " but the Cluster sets role " + owner + "'s password from " + secretByRole.get(owner));
			}
		}
		return breaches;
	}

	/**
	 * A CloudNativePG Cluster of one instance creates no PodDisruptionBudget
	 * ({@code enablePDB: false}): the operator's budget for the primary (one available)
	 * would refuse every drain of its node, with no standby to fail over to anyway.
	 */
	static List<String> singleInstanceDatabases(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		for (HasMetadata cluster : manifests.ofKind("Cluster")) {
			Map<?, ?> spec = Manifests.spec(cluster);
			if (Integer.valueOf(1).equals(spec.get("instances")) && !Boolean.FALSE.equals(spec.get("enablePDB"))) {
				breaches.add("Cluster " + name(cluster) + " has one instance and a PodDisruptionBudget that would"
						+ " block every drain of its node: set enablePDB: false");
			}
		}
		return breaches;
	}

	/**
	 * Every container requests and is limited in CPU and memory, and requests no more
	 * than its limit (Kubernetes refuses the pod otherwise).
	 */
	static List<String> resources(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		forEachContainer(manifests, (deployment, container) -> {
			ResourceRequirements resources = container.getResources();
			for (String resource : List.of("cpu", "memory")) {
				Quantity request = (resources == null || resources.getRequests() == null) ? null
						: resources.getRequests().get(resource);
				Quantity limit = (resources == null || resources.getLimits() == null) ? null
						: resources.getLimits().get(resource);
				if (request == null) {
					breaches.add(where(deployment, container) + " requests no " + resource);
				}
				if (limit == null) {
					breaches.add(where(deployment, container) + " has no " + resource + " limit");
				}
				if (request != null && limit != null && request.compareTo(limit) > 0) {
					breaches.add(where(deployment, container) + " requests " + request + " " + resource
							+ ", over its limit " + limit);
				}
			}
		});
		return breaches;
	}

	/** Every container has a liveness and a readiness probe. */
	static List<String> probes(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		forEachContainer(manifests, (deployment, container) -> {
			if (container.getLivenessProbe() == null) {
				breaches.add(where(deployment, container) + " has no liveness probe");
			}
			if (container.getReadinessProbe() == null) {
				breaches.add(where(deployment, container) + " has no readiness probe");
			}
		});
		return breaches;
	}

	/**
	 * Every service has a HorizontalPodAutoscaler, and every autoscaler a Deployment.
	 */
	static List<String> autoscaled(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		Set<String> deployments = names(manifests.all(Deployment.class));
		Set<String> services = names(manifests.services());
		Set<String> scaled = new TreeSet<>();
		for (HorizontalPodAutoscaler hpa : manifests.all(HorizontalPodAutoscaler.class)) {
			var target = hpa.getSpec().getScaleTargetRef();
			if (!"Deployment".equals(target.getKind()) || !deployments.contains(target.getName())) {
				breaches.add("HorizontalPodAutoscaler " + name(hpa) + " scales " + target.getKind() + " "
						+ target.getName() + ", which is not a Deployment here");
				continue;
			}
			Integer min = hpa.getSpec().getMinReplicas();
			if (min == null || min < 1 || hpa.getSpec().getMaxReplicas() < min) {
				breaches.add("HorizontalPodAutoscaler " + name(hpa) + " has replicas " + min + ".."
						+ hpa.getSpec().getMaxReplicas());
			}
			scaled.add(target.getName());
		}
		services.stream()
			.filter((deployment) -> !scaled.contains(deployment))
			.forEach((deployment) -> breaches.add("Deployment " + deployment + " has no HorizontalPodAutoscaler"));
		manifests.all(Deployment.class)
			.stream()
			.filter((deployment) -> scaled.contains(name(deployment)) && deployment.getSpec().getReplicas() != null)
			.forEach((deployment) -> breaches.add("Deployment " + name(deployment)
					+ " sets replicas, which its autoscaler owns (every apply would reset them)"));
		return breaches;
	}

	/** Every service's pods are covered by a PodDisruptionBudget. */
	static List<String> disruptionBudgets(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		for (Deployment deployment : manifests.services()) {
			Map<String, String> labels = Manifests.podLabels(deployment);
			boolean covered = manifests.all(PodDisruptionBudget.class)
				.stream()
				.anyMatch((pdb) -> Selectors.selects(pdb.getSpec().getSelector(), labels));
			if (!covered) {
				breaches.add("Deployment " + name(deployment) + " has no PodDisruptionBudget");
			}
		}
		return breaches;
	}

	/**
	 * Every variable docker-compose gives a service (see {@link Compose}), its Deployment
	 * sets too, from its ConfigMaps (rendered, or those {@code installed} at install
	 * time) or a Secret: the two ways of running it for real read the same configuration.
	 */
	static List<String> mirrorsCompose(Manifests manifests, Map<String, Set<String>> compose,
			Map<String, Set<String>> installed) {
		List<String> breaches = new ArrayList<>();
		for (Deployment deployment : manifests.services()) {
			Set<String> expected = compose.get(name(deployment));
			if (expected == null) {
				breaches.add("Deployment " + name(deployment) + " is not a service of docker-compose.yml");
				continue;
			}
			Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
			Set<String> set = new TreeSet<>();
			Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).forEach((env) -> set.add(env.getName()));
			Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())
				.stream()
				.filter((source) -> source.getConfigMapRef() != null)
				.forEach((source) -> set.addAll(keys(manifests, installed, source.getConfigMapRef().getName())));
			Set<String> missing = difference(expected, set);
			if (!missing.isEmpty()) {
				breaches.add("Deployment " + name(deployment) + " does not set " + missing
						+ ", which docker-compose.yml gives it");
			}
		}
		return breaches;
	}

	private static Set<String> keys(Manifests manifests, Map<String, Set<String>> installed, String configMap) {
		Map<String, String> rendered = manifests.configMap(configMap);
		return (rendered != null) ? rendered.keySet() : installed.getOrDefault(configMap, Set.of());
	}

	/**
	 * Every ConfigMap a Deployment reads is rendered, or one of those {@code installed}
	 * by whoever installs the platform; a missing one keeps the pods from starting.
	 */
	static List<String> configMapsExist(Manifests manifests, Map<String, Set<String>> installed) {
		List<String> breaches = new ArrayList<>();
		forEachContainer(manifests, (deployment, container) -> {
			for (EnvFromSource source : Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
				var ref = source.getConfigMapRef();
				if (ref != null && !Boolean.TRUE.equals(ref.getOptional()) && manifests.configMap(ref.getName()) == null
						&& !installed.containsKey(ref.getName())) {
					breaches.add(where(deployment, container) + " reads ConfigMap " + ref.getName()
							+ ", which is neither rendered nor one an install creates");
				}
			}
		});
		return breaches;
	}

	/**
	 * No ConfigMap value and no Ingress host names a domain reserved for examples
	 * (example.com, …): a placeholder left in a render ships silently (emails from a
	 * sender no server accepts, a host nobody resolves). Images are not checked: the
	 * release sets their registry ({@code kustomize edit set image}), and a wrong one
	 * fails loudly at the first pull.
	 */
	static List<String> placeholders(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		for (ConfigMap configMap : manifests.all(ConfigMap.class)) {
			new TreeMap<>(Objects.requireNonNullElse(configMap.getData(), Map.<String, String>of()))
				.forEach((key, value) -> {
					if (PLACEHOLDER.matcher(value).find()) {
						breaches.add(
								"ConfigMap " + name(configMap) + " sets " + key + " to '" + value + "', a placeholder");
					}
				});
		}
		for (Ingress ingress : manifests.all(Ingress.class)) {
			Set<String> hosts = new TreeSet<>();
			Objects.requireNonNullElse(ingress.getSpec().getRules(), List.<IngressRule>of())
				.forEach((rule) -> hosts.add(Objects.requireNonNullElse(rule.getHost(), "")));
			Objects.requireNonNullElse(ingress.getSpec().getTls(), List.<IngressTLS>of())
				.forEach((tls) -> hosts.addAll(Objects.requireNonNullElse(tls.getHosts(), List.of())));
			hosts.stream()
				.filter((host) -> PLACEHOLDER.matcher(host).find())
				.forEach((host) -> breaches
					.add("Ingress " + name(ingress) + " serves host " + host + ", a placeholder"));
		}
		return breaches;
	}

	/** Every image names a fixed version: a tag other than latest, or a digest. */
	static List<String> pinnedImages(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		forEachContainer(manifests, (deployment, container) -> {
			String image = Objects.requireNonNullElse(container.getImage(), "");
			String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
			boolean digest = image.contains("@sha256:");
			int colon = afterRegistry.lastIndexOf(':');
			String tag = (colon < 0) ? "" : afterRegistry.substring(colon + 1);
			if (!digest && (tag.isEmpty() || tag.equals("latest"))) {
				breaches.add(where(deployment, container) + " runs image '" + image + "' without a fixed tag");
			}
		});
		return breaches;
	}

	/**
	 * Each service runs the image built for it ({@code docker build --build-arg
	 * SERVICE=<service>}, named {@code .../jainshikanji/<service>}), not another's.
	 */
	static List<String> ownImages(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		forEachServiceContainer(manifests, (deployment, container) -> {
			String image = Objects.requireNonNullElse(container.getImage(), "");
			String repository = image.replaceFirst("@.*$", "").replaceFirst(":[^:/]*$", "");
			if (!repository.endsWith("jainshikanji/" + name(deployment))) {
				breaches.add(where(deployment, container) + " runs image '" + image + "', not jainshikanji/"
						+ name(deployment));
			}
		});
		return breaches;
	}

	/**
	 * Configuration comes from ConfigMaps (envFrom), secrets from Secrets (one key each):
	 * no literal values in a Deployment, no whole Secret poured into the environment, and
	 * no secret-looking key in a ConfigMap.
	 */
	static List<String> secretsOnlyFromSecrets(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		forEachContainer(manifests, (deployment, container) -> {
			for (EnvVar env : Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())) {
				if (env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null) {
					breaches.add(where(deployment, container) + " sets " + env.getName()
							+ " other than from a Secret (configuration belongs in its ConfigMap)");
				}
			}
			for (EnvFromSource source : Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
				if (source.getConfigMapRef() == null) {
					breaches.add(where(deployment, container)
							+ " takes a whole Secret as environment: name each secret variable instead");
				}
			}
		});
		for (ConfigMap configMap : manifests.all(ConfigMap.class)) {
			Objects.requireNonNullElse(configMap.getData(), Map.<String, String>of())
				.keySet()
				.stream()
				.filter((key) -> SECRET_NAME.matcher(key).matches())
				.forEach((key) -> breaches
					.add("ConfigMap " + name(configMap) + " holds " + key + ", a secret: it belongs in a Secret"));
		}
		return breaches;
	}

	/**
	 * Exactly one Ingress, to the gateway, and no Service open outside the cluster by
	 * other means.
	 */
	static List<String> onlyTheGatewayFromOutside(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		List<Ingress> ingresses = manifests.all(Ingress.class);
		if (ingresses.size() != 1) {
			breaches.add("Expected one Ingress (the gateway's), found " + ingresses.size());
		}
		for (Ingress ingress : ingresses) {
			Set<String> backends = new TreeSet<>();
			if (ingress.getSpec().getDefaultBackend() != null) {
				backends.add(ingress.getSpec().getDefaultBackend().getService().getName());
			}
			ingress.getSpec()
				.getRules()
				.forEach((rule) -> rule.getHttp()
					.getPaths()
					.forEach((path) -> backends.add(path.getBackend().getService().getName())));
			if (!backends.equals(Set.of(GATEWAY))) {
				breaches.add("Ingress " + name(ingress) + " leads to " + backends + ", not only to " + GATEWAY);
			}
		}
		for (Service service : manifests.all(Service.class)) {
			String type = Objects.requireNonNullElse(service.getSpec().getType(), "ClusterIP");
			if (!type.equals("ClusterIP")) {
				breaches.add("Service " + name(service) + " is of type " + type + ": only the Ingress leads in");
			}
		}
		return breaches;
	}

	/**
	 * Ingress is denied by default, every Deployment's pods have a policy of their own,
	 * and each service's pods admit on their service port exactly the callers
	 * {@code callers} lists for them (what a tool beside them admits,
	 * {@link ReachRules#mailServers} checks).
	 */
	static List<String> networkPolicies(Manifests manifests, Callers callers) {
		List<String> breaches = new ArrayList<>();
		List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class);
		boolean denyByDefault = policies.stream()
			.anyMatch((policy) -> Selectors.isEmpty(policy.getSpec().getPodSelector())
					&& policy.getSpec().getPolicyTypes().contains("Ingress")
					&& (policy.getSpec().getIngress() == null || policy.getSpec().getIngress().isEmpty()));
		if (!denyByDefault) {
			breaches.add("No NetworkPolicy denies ingress by default (podSelector {}, no ingress rules)");
		}
		Set<String> services = names(manifests.services());
		for (String missing : difference(callers.byService().keySet(), services)) {
			breaches.add("The caller list names " + missing + ", which is not deployed");
		}
		for (Deployment deployment : manifests.all(Deployment.class)) {
			Map<String, String> labels = Manifests.podLabels(deployment);
			List<NetworkPolicy> own = policies.stream()
				.filter((policy) -> !Selectors.isEmpty(policy.getSpec().getPodSelector()))
				.filter((policy) -> Selectors.selects(policy.getSpec().getPodSelector(), labels))
				.toList();
			if (own.isEmpty()) {
				breaches.add("Deployment " + name(deployment) + " has no NetworkPolicy of its own");
				continue;
			}
			if (!services.contains(name(deployment))) {
				continue;
			}
			Set<String> admitted = new TreeSet<>();
			for (NetworkPolicy policy : own) {
				for (NetworkPolicyIngressRule rule : Objects.requireNonNullElse(policy.getSpec().getIngress(),
						List.<NetworkPolicyIngressRule>of())) {
					if (!coversServicePort(rule)) {
						continue;
					}
					if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
						admitted.add("*");
					}
					else {
						rule.getFrom().forEach((peer) -> admitted.add(caller(peer)));
					}
				}
			}
			Set<String> expected = callers.byService().get(name(deployment));
			if (expected == null) {
				breaches.add("Deployment " + name(deployment) + " is missing from the caller list");
			}
			else if (!admitted.equals(expected)) {
				breaches.add("Deployment " + name(deployment) + " admits " + admitted + " on its service port, but its"
						+ " callers are " + expected + " (unexpected: " + difference(admitted, expected)
						+ ", shut out: " + difference(expected, admitted) + ")");
			}
		}
		return breaches;
	}

	private static boolean coversServicePort(NetworkPolicyIngressRule rule) {
		return rule.getPorts() == null || rule.getPorts().isEmpty()
				|| rule.getPorts()
					.stream()
					.anyMatch((port) -> port.getPort() == null || "http".equals(port.getPort().getStrVal()));
	}

	/**
	 * Who a NetworkPolicy peer is: a service by name, {@code namespace:<name>}, an
	 * {@code ipBlock:} or other {@code pods:}.
	 */
	static String caller(NetworkPolicyPeer peer) {
		if (peer.getIpBlock() != null) {
			return "ipBlock:" + peer.getIpBlock().getCidr();
		}
		if (peer.getNamespaceSelector() != null) {
			String namespace = Selectors.labels(peer.getNamespaceSelector()).get("kubernetes.io/metadata.name");
			String pods = (peer.getPodSelector() != null) ? "/" + Selectors.labels(peer.getPodSelector()) : "";
			return "namespace:" + ((namespace != null) ? namespace : Selectors.labels(peer.getNamespaceSelector()))
					+ pods;
		}
		String service = Selectors.labels(peer.getPodSelector()).get(NAME);
		return (service != null) ? service : "pods:" + Selectors.labels(peer.getPodSelector());
	}

	static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> rest = new TreeSet<>(a);
		rest.removeAll(b);
		return rest;
	}

	private static void forEachContainer(Manifests manifests, BiConsumer<Deployment, Container> action) {
		forEachContainer(manifests.all(Deployment.class), action);
	}

	/** Each container of the platform's services. */
	static void forEachServiceContainer(Manifests manifests, BiConsumer<Deployment, Container> action) {
		forEachContainer(manifests.services(), action);
	}

	private static void forEachContainer(List<Deployment> deployments, BiConsumer<Deployment, Container> action) {
		for (Deployment deployment : deployments) {
			var pod = deployment.getSpec().getTemplate().getSpec();
			Objects.requireNonNullElse(pod.getInitContainers(), List.<Container>of())
				.forEach((container) -> action.accept(deployment, container));
			pod.getContainers().forEach((container) -> action.accept(deployment, container));
		}
	}

	static Set<String> names(List<? extends HasMetadata> resources) {
		Set<String> names = new TreeSet<>();
		resources.forEach((resource) -> names.add(name(resource)));
		return names;
	}

	static String name(HasMetadata resource) {
		return resource.getMetadata().getName();
	}

	static String where(Deployment deployment, Container container) {
		return "Deployment " + name(deployment) + ", container " + container.getName() + ",";
	}

}
