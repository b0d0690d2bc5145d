package com.jainshikanji.deploycheck;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of {@link ReachRules} catches what it is there for, on the {@link Fixture}.
 */
class ReachRulesTests {

	/** A copy of its own for each test (JUnit makes an instance per test). */
	final Manifests manifests = Fixture.manifests();

	@Test
	void postgresAdmittingEveryPodOfThePlatformOrShuttingOutAClientIsNamed() {
		peerOfPostgres().setMatchLabels(Map.of(DeploymentRules.PART_OF, DeploymentRules.PLATFORM));
		podLabels("loyalty-service").remove(DeploymentRules.PART_OF);

		assertThat(ReachRules.postgres(this.manifests)).containsExactly(
				"PostgreSQL (Cluster pg) admits [gateway-service, order-service], but its clients are [loyalty-service,"
						+ " order-service] (unexpected: [gateway-service], shut out: [loyalty-service])");
	}

	@Test
	void kafkaAdmittingTheGatewayOrEveryoneIsNamed() {
		podLabels("gateway-service").put("kafka-client", "true");

		assertThat(ReachRules.kafka(this.manifests)).containsExactly(
				"Kafka kafka's listener plain admits [gateway-service, loyalty-service, order-service], but its clients"
						+ " are [loyalty-service, order-service] (unexpected: [gateway-service], shut out: [])");

		listener().remove("networkPolicyPeers");
		assertThat(ReachRules.kafka(this.manifests)).singleElement()
			.asString()
			.contains("unexpected: [gateway-service, mailpit]");
	}

	@Test
	void aMailServerThatIsNotDeployedOrDoesNotAdmitTheSenderIsNamed() {
		Map<String, String> order = Fixture.one(this.manifests, ConfigMap.class, "order-service").getData();
		order.put("SMTP_HOST", "mailpit");
		order.put("SMTP_PORT", "1025");
		Fixture.one(this.manifests, ConfigMap.class, "loyalty-service").getData().put("SMTP_HOST", "mailhog");
		// A provider outside the cluster is no concern of these rules.
		Fixture.one(this.manifests, ConfigMap.class, "gateway-service").getData().put("SMTP_HOST", "smtp.provider.in");

		assertThat(ReachRules.mailServers(this.manifests)).containsExactly(
				"Deployment loyalty-service sends mail to mailhog:25, but no Service here has that name",
				"Deployment order-service sends mail to mailpit:1025, but no NetworkPolicy of mailpit admits it on"
						+ " that port");

		Fixture.one(this.manifests, NetworkPolicy.class, "mailpit")
			.getSpec()
			.getIngress()
			.get(0)
			.getFrom()
			.get(0)
			.getPodSelector()
			.setMatchLabels(Map.of(DeploymentRules.NAME, "order-service"));
		order.put("SMTP_PORT", "8025");
		assertThat(ReachRules.mailServers(this.manifests)).contains(
				"Deployment order-service sends mail to mailpit:8025, but no NetworkPolicy of mailpit admits it on"
						+ " that port");
		order.put("SMTP_PORT", "1025");
		assertThat(ReachRules.mailServers(this.manifests)).doesNotContain(
				"Deployment order-service sends mail to mailpit:1025, but no NetworkPolicy of mailpit admits it on"
						+ " that port");
	}

	@Test
	void anIngressWhoseCertificateSolverTheIngressControllerCannotReachIsNamed() {
		Fixture.one(this.manifests, Ingress.class, "gateway-service")
			.getMetadata()
			.getAnnotations()
			.put("cert-manager.io/cluster-issuer", "letsencrypt");

		assertThat(ReachRules.certificateSolvers(this.manifests, Fixture.PLATFORM.callers())).containsExactly(
				"Ingress gateway-service has cert-manager issue its certificate, but no NetworkPolicy admits"
						+ " [namespace:ingress-nginx] to the HTTP-01 solver (acme.cert-manager.io/http01-solver: \"true\")"
						+ " on 8089");

		this.manifests.resources()
			.add(new NetworkPolicyBuilder().withNewMetadata()
				.withName("acme-http01-solver")
				.endMetadata()
				.withNewSpec()
				.withPodSelector(new LabelSelectorBuilder().addToMatchLabels(ReachRules.SOLVER_LABEL, "true").build())
				.withPolicyTypes("Ingress")
				.addNewIngress()
				.addNewFrom()
				.withNewNamespaceSelector()
				.addToMatchLabels("kubernetes.io/metadata.name", "ingress-nginx")
				.endNamespaceSelector()
				.endFrom()
				.addNewPort()
				.withPort(new IntOrString(ReachRules.SOLVER_PORT))
				.endPort()
				.endIngress()
				.endSpec()
				.build());
		assertThat(ReachRules.certificateSolvers(this.manifests, Fixture.PLATFORM.callers())).isEmpty();
	}

	private io.fabric8.kubernetes.api.model.LabelSelector peerOfPostgres() {
		return Fixture.one(this.manifests, NetworkPolicy.class, "pg")
			.getSpec()
			.getIngress()
			.get(0)
			.getFrom()
			.get(0)
			.getPodSelector();
	}

	private Map<String, String> podLabels(String deployment) {
		return Fixture.one(this.manifests, Deployment.class, deployment)
			.getSpec()
			.getTemplate()
			.getMetadata()
			.getLabels();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> listener() {
		Map<?, ?> kafka = (Map<?, ?>) Manifests.spec(Fixture.one(this.manifests, "Kafka", "kafka")).get("kafka");
		return (Map<String, Object>) ((List<?>) kafka.get("listeners")).get(0);
	}

}
