package com.jainshikanji.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import static com.jainshikanji.deploycheck.DeploymentRules.difference;
import static com.jainshikanji.deploycheck.DeploymentRules.name;

/**
 * Who reaches what besides the services' own ports
 * ({@link DeploymentRules#networkPolicies}): PostgreSQL and Kafka, a mail server run
 * beside the services, cert-manager's solver. Each returns what breaks it (empty when
 * kept).
 */
final class ReachRules {

	static final String SOLVER_LABEL = "acme.cert-manager.io/http01-solver";

	/** The port cert-manager's HTTP-01 solver listens on. */
	static final int SOLVER_PORT = 8089;

	private ReachRules() {
	}

	static List<String> all(Manifests manifests, Callers callers) {
		List<String> breaches = new ArrayList<>();
		breaches.addAll(postgres(manifests));
		breaches.addAll(kafka(manifests));
		breaches.addAll(mailServers(manifests));
		breaches.addAll(certificateSolvers(manifests, callers));
		return breaches;
	}

	/**
	 * Each PostgreSQL Cluster admits on 5432 exactly the Deployments whose {@code DB_URL}
	 * names it: not the gateway, which faces the internet and keeps no database.
	 */
	static List<String> postgres(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		for (HasMetadata cluster : manifests.ofKind("Cluster")) {
			Map<String, String> instance = Map.of("cnpg.io/cluster", name(cluster));
			Set<String> admitted = new TreeSet<>();
			for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
				if (!Selectors.isEmpty(policy.getSpec().getPodSelector())
						&& Selectors.selects(policy.getSpec().getPodSelector(), instance)) {
					admitted.addAll(admitted(manifests, policy, (port) -> covers(port, 5432, "postgresql")));
				}
			}
			Set<String> clients = new TreeSet<>();
			manifests.all(Deployment.class)
				.stream()
				.filter((deployment) -> name(cluster)
					.equals(CapacityRules.clusterOf(manifests.configuration(deployment).getOrDefault("DB_URL", ""))))
				.forEach((deployment) -> clients.add(name(deployment)));
			if (!admitted.equals(clients)) {
				breaches.add("PostgreSQL (Cluster " + name(cluster) + ") admits " + admitted + ", but its clients are "
						+ clients + " (unexpected: " + difference(admitted, clients) + ", shut out: "
						+ difference(clients, admitted) + ")");
			}
		}
		return breaches;
	}

	/**
	 * Kafka's listeners admit exactly the services that publish or consume: every one but
	 * the gateway, which faces the internet and uses no Kafka (its application.yml). A
	 * listener without {@code networkPolicyPeers} admits everyone.
	 */
	static List<String> kafka(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		Set<String> clients = new TreeSet<>(DeploymentRules.names(manifests.services()));
		clients.remove(DeploymentRules.GATEWAY);
		for (HasMetadata kafka : manifests.ofKind("Kafka")) {
			List<?> listeners = (Manifests.spec(kafka).get("kafka") instanceof Map<?, ?> broker
					&& broker.get("listeners") instanceof List<?> all) ? all : List.of();
			for (Object listener : listeners) {
				if (!(listener instanceof Map<?, ?> definition)) {
					continue;
				}
				Set<String> admitted = new TreeSet<>();
				if (!(definition.get("networkPolicyPeers") instanceof List<?> peers)) {
					admitted.addAll(DeploymentRules.names(manifests.all(Deployment.class)));
				}
				else {
					for (Object peer : peers) {
						admitted.addAll(matching(manifests, peer));
					}
				}
				if (!admitted.equals(clients)) {
					breaches.add("Kafka " + name(kafka) + "'s listener " + definition.get("name") + " admits "
							+ admitted + ", but its clients are " + clients + " (unexpected: "
							+ difference(admitted, clients) + ", shut out: " + difference(clients, admitted) + ")");
				}
			}
		}
		return breaches;
	}

	/** The Deployments a Strimzi networkPolicyPeer (same namespace) admits. */
	private static Set<String> matching(Manifests manifests, Object peer) {
		Set<String> matching = new TreeSet<>();
		if (peer instanceof Map<?, ?> definition && definition.get("namespaceSelector") == null) {
			Map<?, ?> matchLabels = (definition.get("podSelector") instanceof Map<?, ?> pods
					&& pods.get("matchLabels") instanceof Map<?, ?> labels) ? labels : Map.of();
			manifests.all(Deployment.class)
				.stream()
				.filter((deployment) -> Selectors.selects(matchLabels, Manifests.podLabels(deployment)))
				.forEach((deployment) -> matching.add(name(deployment)));
		}
		return matching;
	}

	/**
	 * A mail server a Deployment names by a bare host name ({@code SMTP_HOST}) runs
	 * beside it: a Service of that name on {@code SMTP_PORT}, selecting a Deployment here
	 * whose NetworkPolicy admits the sender on that port. Otherwise every email waits in
	 * notification-service's retries, unseen.
	 */
	static List<String> mailServers(Manifests manifests) {
		List<String> breaches = new ArrayList<>();
		for (Deployment sender : manifests.all(Deployment.class)) {
			Map<String, String> configuration = manifests.configuration(sender);
			String host = configuration.get("SMTP_HOST");
			if (host == null || host.contains(".")) {
				continue;
			}
			int port = Integer.parseInt(configuration.getOrDefault("SMTP_PORT", "25"));
			String where = "Deployment " + name(sender) + " sends mail to " + host + ":" + port;
			Service service = manifests.all(Service.class)
				.stream()
				.filter((candidate) -> name(candidate).equals(host))
				.findFirst()
				.orElse(null);
			ServicePort servicePort = (service == null) ? null
					: service.getSpec()
						.getPorts()
						.stream()
						.filter((candidate) -> candidate.getPort() == port)
						.findFirst()
						.orElse(null);
			Deployment server = (service == null) ? null
					: manifests.all(Deployment.class)
						.stream()
						.filter((candidate) -> service.getSpec().getSelector() != null
								&& Selectors.selects(service.getSpec().getSelector(), Manifests.podLabels(candidate)))
						.findFirst()
						.orElse(null);
			if (service == null || servicePort == null || server == null) {
				breaches
					.add(where + ", but no Service here" + ((service == null) ? " has that name" : (servicePort == null)
							? " of that name has that port" : " of that name selects a Deployment"));
				continue;
			}
			ContainerPort target = containerPort(server, servicePort.getTargetPort());
			boolean admitted = manifests.all(NetworkPolicy.class)
				.stream()
				.filter((policy) -> !Selectors.isEmpty(policy.getSpec().getPodSelector())
						&& Selectors.selects(policy.getSpec().getPodSelector(), Manifests.podLabels(server)))
				.anyMatch((policy) -> admitted(manifests, policy,
						(rulePort) -> target != null && covers(rulePort, target.getContainerPort(), target.getName()))
					.contains(name(sender)));
			if (!admitted) {
				breaches.add(where + ", but no NetworkPolicy of " + name(server) + " admits it on that port");
			}
		}
		return breaches;
	}

	private static ContainerPort containerPort(Deployment deployment, IntOrString target) {
		return deployment.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.stream()
			.flatMap((container) -> Objects.requireNonNullElse(container.getPorts(), List.<ContainerPort>of()).stream())
			.filter((port) -> (target == null) ? false
					: (target.getIntVal() != null) ? target.getIntVal().equals(port.getContainerPort())
							: target.getStrVal().equals(port.getName()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * An Ingress that asks cert-manager for its certificate comes with a NetworkPolicy
	 * admitting the ingress controller (the namespace the gateway's callers name) to the
	 * HTTP-01 solver pod cert-manager starts beside it, on {@value #SOLVER_PORT}: behind
	 * the default deny the challenge fails and the certificate is never issued or
	 * renewed.
	 */
	static List<String> certificateSolvers(Manifests manifests, Callers callers) {
		List<String> breaches = new ArrayList<>();
		Set<String> controllers = new TreeSet<>(callers.byService()
			.getOrDefault(DeploymentRules.GATEWAY, Set.of())
			.stream()
			.filter((caller) -> caller.startsWith("namespace:"))
			.toList());
		Map<String, String> solver = Map.of(SOLVER_LABEL, "true");
		for (Ingress ingress : manifests.all(Ingress.class)) {
			Map<String, String> annotations = Objects.requireNonNullElse(ingress.getMetadata().getAnnotations(),
					Map.of());
			if (!annotations.containsKey("cert-manager.io/cluster-issuer")
					&& !annotations.containsKey("cert-manager.io/issuer")) {
				continue;
			}
			Set<String> admitted = new TreeSet<>();
			manifests.all(NetworkPolicy.class)
				.stream()
				.filter((policy) -> !Selectors.isEmpty(policy.getSpec().getPodSelector())
						&& Selectors.selects(policy.getSpec().getPodSelector(), solver))
				.forEach((policy) -> rules(policy).stream()
					.filter((rule) -> covers(rule, (port) -> covers(port, SOLVER_PORT, null)))
					.forEach((rule) -> Objects.requireNonNullElse(rule.getFrom(), List.<NetworkPolicyPeer>of())
						.forEach((peer) -> admitted.add(DeploymentRules.caller(peer)))));
			if (!admitted.containsAll(controllers)) {
				breaches.add("Ingress " + name(ingress) + " has cert-manager issue its certificate, but no"
						+ " NetworkPolicy admits " + difference(controllers, admitted) + " to the HTTP-01 solver ("
						+ SOLVER_LABEL + ": \"true\") on " + SOLVER_PORT);
			}
		}
		return breaches;
	}

	/**
	 * The Deployments of this namespace a policy admits on a port: a rule without peers
	 * admits every one.
	 */
	private static Set<String> admitted(Manifests manifests, NetworkPolicy policy, Predicate<NetworkPolicyPort> port) {
		Set<String> admitted = new TreeSet<>();
		for (NetworkPolicyIngressRule rule : rules(policy)) {
			if (!covers(rule, port)) {
				continue;
			}
			for (Deployment deployment : manifests.all(Deployment.class)) {
				Map<String, String> labels = Manifests.podLabels(deployment);
				boolean everyone = rule.getFrom() == null || rule.getFrom().isEmpty();
				if (everyone || rule.getFrom()
					.stream()
					.anyMatch((peer) -> peer.getNamespaceSelector() == null && peer.getIpBlock() == null
							&& (Selectors.isEmpty(peer.getPodSelector())
									|| Selectors.selects(peer.getPodSelector(), labels)))) {
					admitted.add(name(deployment));
				}
			}
		}
		return admitted;
	}

	private static List<NetworkPolicyIngressRule> rules(NetworkPolicy policy) {
		return Objects.requireNonNullElse(policy.getSpec().getIngress(), List.of());
	}

	private static boolean covers(NetworkPolicyIngressRule rule, Predicate<NetworkPolicyPort> port) {
		return rule.getPorts() == null || rule.getPorts().isEmpty() || rule.getPorts().stream().anyMatch(port);
	}

	private static boolean covers(NetworkPolicyPort port, int number, String name) {
		return port.getPort() == null || Integer.valueOf(number).equals(port.getPort().getIntVal())
				|| (name != null && name.equals(port.getPort().getStrVal()));
	}

}
