package com.jainshikanji.deploycheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Each rule of {@link DeploymentRules} catches what it is there for: a fixture that keeps
 * every rule ({@link Fixture}), broken one way at a time.
 */
class DeploymentRulesTests {

	final Callers callers = Fixture.PLATFORM.callers();

	/** A copy of its own for each test (JUnit makes an instance per test). */
	final Manifests manifests = Fixture.manifests();

	@Test
	void theFixtureKeepsEveryRule() {
		assertThat(DeploymentRules.all(this.manifests, Fixture.PLATFORM)).isEmpty();
	}

	@Test
	void customResourcesAreReadAsGenericResources() {
		assertThat(this.manifests.ofKind("Cluster")).singleElement().isInstanceOf(GenericKubernetesResource.class);
		assertThat(this.manifests.all(Deployment.class)).hasSize(4);
		assertThat(this.manifests.services()).map(DeploymentRules::name)
			.containsExactlyInAnyOrder("gateway-service", "loyalty-service", "order-service");
	}

	@Test
	void aContainerWithoutAMemoryLimitOrACpuRequestIsNamed() {
		container("order-service").getResources().getLimits().remove("memory");
		container("loyalty-service").getResources().setRequests(Map.of("memory", new Quantity("512Mi")));

		assertThat(DeploymentRules.resources(this.manifests)).containsExactlyInAnyOrder(
				"Deployment order-service, container order-service, has no memory limit",
				"Deployment loyalty-service, container loyalty-service, requests no cpu");
	}

	@Test
	void aContainerRequestingMoreThanItsLimitIsNamed() {
		container("mailpit").getResources().getRequests().put("memory", new Quantity("256Mi"));

		assertThat(DeploymentRules.resources(this.manifests))
			.containsExactly("Deployment mailpit, container mailpit, requests 256Mi memory, over its limit 128Mi");
	}

	@Test
	void aContainerWithoutALivenessOrReadinessProbeIsNamed() {
		container("order-service").setLivenessProbe(null);
		container("gateway-service").setReadinessProbe(null);

		assertThat(DeploymentRules.probes(this.manifests)).containsExactlyInAnyOrder(
				"Deployment order-service, container order-service, has no liveness probe",
				"Deployment gateway-service, container gateway-service, has no readiness probe");
	}

	@Test
	void aDeploymentWithoutAnAutoscalerOrSettingItsReplicasOrAnAutoscalerOfNothingIsNamed() {
		autoscaler("order-service").getSpec().getScaleTargetRef().setName("orders");
		one(Deployment.class, "loyalty-service").getSpec().setReplicas(2);

		assertThat(DeploymentRules.autoscaled(this.manifests)).containsExactlyInAnyOrder(
				"HorizontalPodAutoscaler order-service scales Deployment orders, which is not a Deployment here",
				"Deployment order-service has no HorizontalPodAutoscaler",
				"Deployment loyalty-service sets replicas, which its autoscaler owns (every apply would reset them)");
	}

	@Test
	void aDeploymentNoDisruptionBudgetSelectsIsNamed() {
		one(PodDisruptionBudget.class, "loyalty-service").getSpec()
			.setSelector(new LabelSelectorBuilder().addToMatchLabels(DeploymentRules.NAME, "loyalty").build());

		assertThat(DeploymentRules.disruptionBudgets(this.manifests))
			.containsExactly("Deployment loyalty-service has no PodDisruptionBudget");
	}

	@Test
	void anImageWithoutATagOrTaggedLatestIsNamedAndADigestIsFine() {
		container("order-service").setImage("registry.example.com:5000/jainshikanji/order-service");
		container("loyalty-service").setImage("jainshikanji/loyalty-service:latest");
		container("gateway-service").setImage("jainshikanji/gateway-service@sha256:" + "a".repeat(64));

		assertThat(DeploymentRules.pinnedImages(this.manifests)).containsExactlyInAnyOrder(
				"Deployment order-service, container order-service, runs image "
						+ "'registry.example.com:5000/jainshikanji/order-service' without a fixed tag",
				"Deployment loyalty-service, container loyalty-service, runs image "
						+ "'jainshikanji/loyalty-service:latest' without a fixed tag");
	}

	@Test
	void aToolBesideTheServicesNeedsNoAutoscalerNorDisruptionBudgetNorImageOfOurs() {
		assertThat(DeploymentRules.autoscaled(this.manifests)).isEmpty();
		assertThat(DeploymentRules.disruptionBudgets(this.manifests)).isEmpty();
		assertThat(DeploymentRules.ownImages(this.manifests)).isEmpty();

		container("mailpit").setImage("axllent/mailpit:latest");
		assertThat(DeploymentRules.pinnedImages(this.manifests)).containsExactly(
				"Deployment mailpit, container mailpit, runs image 'axllent/mailpit:latest' without a fixed tag");
	}

	@Test
	void aServiceRunningAnotherServicesImageIsNamed() {
		container("loyalty-service").setImage("registry.example.com:5000/jainshikanji/order-service:0.1.0");
		container("order-service").setImage("registry.example.com:5000/jainshikanji/order-service:0.1.1");

		assertThat(DeploymentRules.ownImages(this.manifests))
			.containsExactly("Deployment loyalty-service, container loyalty-service, runs image "
					+ "'registry.example.com:5000/jainshikanji/order-service:0.1.0', not jainshikanji/loyalty-service");
	}

	@Test
	void aLiteralValueAWholeSecretOrASecretInAConfigMapIsNamed() {
		container("order-service").getEnv().add(new EnvVar("DB_PASSWORD", "orders", null));
		container("loyalty-service").getEnvFrom()
			.add(new EnvFromSourceBuilder().withNewSecretRef("pg-loyalty", false).build());
		one(ConfigMap.class, "gateway-service").getData().put("REDIS_PASSWORD", "hunter2");

		assertThat(DeploymentRules.secretsOnlyFromSecrets(this.manifests)).containsExactlyInAnyOrder(
				"Deployment order-service, container order-service, sets DB_PASSWORD other than from a Secret"
						+ " (configuration belongs in its ConfigMap)",
				"Deployment loyalty-service, container loyalty-service, takes a whole Secret as environment:"
						+ " name each secret variable instead",
				"ConfigMap gateway-service holds REDIS_PASSWORD, a secret: it belongs in a Secret");
	}

	@Test
	void aConfigMapNeitherRenderedNorCreatedAtInstallIsNamed() {
		container("order-service").getEnvFrom()
			.add(new EnvFromSourceBuilder().withNewConfigMapRef("mail", false).build());
		container("loyalty-service").getEnvFrom()
			.add(new EnvFromSourceBuilder().withNewConfigMapRef("loyalty-extras", true).build());

		assertThat(DeploymentRules.configMapsExist(this.manifests, Map.of())).containsExactly(
				"Deployment order-service, container order-service, reads ConfigMap mail, which is neither rendered"
						+ " nor one an install creates");
		assertThat(DeploymentRules.configMapsExist(this.manifests, Map.of("mail", Set.of("SMTP_HOST")))).isEmpty();
	}

	@Test
	void aPlaceholderInAConfigMapOrAnIngressHostIsNamed() {
		one(ConfigMap.class, "order-service").getData().put("MAIL_FROM", "orders@example.com");
		one(ConfigMap.class, "loyalty-service").getData().put("PARTNER_URL", "https://partners.EXAMPLE.org/api");
		one(ConfigMap.class, "loyalty-service").getData().put("HELP_URL", "https://counterexample.com/help");
		one(Ingress.class, "gateway-service").getSpec().getRules().get(0).setHost("api.example.net");

		assertThat(DeploymentRules.placeholders(this.manifests)).containsExactlyInAnyOrder(
				"ConfigMap order-service sets MAIL_FROM to 'orders@example.com', a placeholder",
				"ConfigMap loyalty-service sets PARTNER_URL to 'https://partners.EXAMPLE.org/api', a placeholder",
				"Ingress gateway-service serves host api.example.net, a placeholder");
	}

	@Test
	void aSingleInstanceDatabaseWithADisruptionBudgetIsNamed() {
		var spec = (Map<String, Object>) Manifests.spec(Fixture.one(this.manifests, "Cluster", "pg"));
		spec.remove("enablePDB");

		assertThat(DeploymentRules.singleInstanceDatabases(this.manifests)).containsExactly(
				"Cluster pg has one instance and a PodDisruptionBudget that would block every drain of its node:"
						+ " set enablePDB: false");

		spec.put("instances", 3);
		assertThat(DeploymentRules.singleInstanceDatabases(this.manifests)).isEmpty();
	}

	@Test
	void anIngressToAnotherServiceOrAServiceOpenOutsideIsNamed() {
		one(Ingress.class, "gateway-service").getSpec()
			.getRules()
			.get(0)
			.getHttp()
			.getPaths()
			.get(0)
			.getBackend()
			.getService()
			.setName("order-service");
		one(Service.class, "loyalty-service").getSpec().setType("NodePort");

		assertThat(DeploymentRules.onlyTheGatewayFromOutside(this.manifests)).containsExactlyInAnyOrder(
				"Ingress gateway-service leads to [order-service], not only to gateway-service",
				"Service loyalty-service is of type NodePort: only the Ingress leads in");
	}

	@Test
	void aCallerTooManyOrTooFewOnTheServicePortIsNamed() {
		var rules = one(NetworkPolicy.class, "loyalty-service").getSpec().getIngress();
		rules.get(0)
			.getFrom()
			.removeIf(
					(peer) -> "order-service".equals(peer.getPodSelector().getMatchLabels().get(DeploymentRules.NAME)));
		rules.get(0)
			.getFrom()
			.add(new NetworkPolicyPeerBuilder().withNewPodSelector()
				.addToMatchLabels(DeploymentRules.NAME, "review-service")
				.endPodSelector()
				.build());

		assertThat(DeploymentRules.networkPolicies(this.manifests, this.callers))
			.containsExactly("Deployment loyalty-service admits [gateway-service, review-service] on its service port,"
					+ " but its callers are [gateway-service, order-service] (unexpected: [review-service],"
					+ " shut out: [order-service])");
	}

	@Test
	void aRuleOpenToEveryoneOnTheServicePortIsNamed() {
		var monitoring = one(NetworkPolicy.class, "order-service").getSpec().getIngress().get(1);
		monitoring.getPorts().get(0).setPort(new IntOrString("http"));
		monitoring.setFrom(List.of());

		assertThat(DeploymentRules.networkPolicies(this.manifests, this.callers)).singleElement()
			.asString()
			.startsWith("Deployment order-service admits [*, gateway-service] on its service port");
	}

	@Test
	void aServiceWithoutAPolicyOfItsOwnOrWithoutDenyByDefaultIsNamed() {
		this.manifests.resources().removeIf((resource) -> resource instanceof NetworkPolicy);

		assertThat(DeploymentRules.networkPolicies(this.manifests, this.callers)).containsExactlyInAnyOrder(
				"No NetworkPolicy denies ingress by default (podSelector {}, no ingress rules)",
				"Deployment gateway-service has no NetworkPolicy of its own",
				"Deployment loyalty-service has no NetworkPolicy of its own",
				"Deployment order-service has no NetworkPolicy of its own",
				"Deployment mailpit has no NetworkPolicy of its own");
	}

	@Test
	void aServiceMissingFromTheCallerListOrACallerListEntryNotDeployedIsNamed() {
		Callers stale = new Callers(Map.of("gateway-service", Set.of("namespace:ingress-nginx"), "order-service",
				Set.of("gateway-service"), "orders-service", Set.of("gateway-service")));

		assertThat(DeploymentRules.networkPolicies(this.manifests, stale)).containsExactlyInAnyOrder(
				"The caller list names orders-service, which is not deployed",
				"Deployment loyalty-service is missing from the caller list");
	}

	@Test
	void aDatabaseNotDeclaredOrOwnedByARoleWithAnotherSecretIsNamed() {
		this.manifests.resources()
			.removeIf((resource) -> "Database".equals(resource.getKind())
					&& resource.getMetadata().getName().equals("pg-orders"));
		container("loyalty-service").getEnv()
			.stream()
			.filter((env) -> env.getName().equals("DB_PASSWORD"))
			.forEach((env) -> env.getValueFrom().getSecretKeyRef().setName("pg-orders"));

		assertThat(DeploymentRules.databases(this.manifests)).containsExactlyInAnyOrder(
				"Deployment order-service uses database orders, which no CloudNativePG Database declares",
				"Deployment loyalty-service reads DB_PASSWORD from pg-orders but the Cluster sets role loyalty's"
						+ " password from pg-loyalty");
	}

	@Test
	void aVariableDockerComposeGivesAServiceButKubernetesDoesNotIsNamed() {
		Map<String, Set<String>> compose = Map.of("gateway-service", Set.of("PORT", "REDIS_PASSWORD", "JWKS_URI"),
				"order-service", Set.of("PORT", "DB_URL", "DB_PASSWORD", "SERVICE_SECRET_ORDER", "NEW_SETTING"));

		assertThat(DeploymentRules.mirrorsCompose(this.manifests, compose, Map.of())).containsExactlyInAnyOrder(
				"Deployment order-service does not set [NEW_SETTING], which docker-compose.yml gives it",
				"Deployment loyalty-service is not a service of docker-compose.yml");
	}

	@Test
	void aVariableOfAConfigMapCreatedAtInstallCountsAsSet() {
		Map<String, Set<String>> compose = Map.of("gateway-service", Set.of("PORT"), "loyalty-service", Set.of("PORT"),
				"order-service", Set.of("PORT", "SMTP_HOST"));
		container("order-service").getEnvFrom()
			.add(new EnvFromSourceBuilder().withNewConfigMapRef("mail", false).build());

		assertThat(DeploymentRules.mirrorsCompose(this.manifests, compose, Map.of()))
			.containsExactly("Deployment order-service does not set [SMTP_HOST], which docker-compose.yml gives it");
		assertThat(DeploymentRules.mirrorsCompose(this.manifests, compose, Map.of("mail", Set.of("SMTP_HOST"))))
			.isEmpty();
	}

	@Test
	void composeEnvironmentsIncludeWhatTheirAnchorsMergeIn() {
		Map<String, Set<String>> compose = OverlaysTests.compose().environments();

		assertThat(compose.get("order-service")).contains("PORT", "DB_URL", "KAFKA_BOOTSTRAP_SERVERS", "JWKS_URI",
				"SERVICE_SECRET_ORDER");
	}

	@Test
	void withoutKubectlTheFailureSaysHowToInstallIt() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Kustomize.render(Path.of("..", "deploy", "overlays", "dev"), "no-such-kubectl-here"))
			.withMessageContaining("Cannot run 'no-such-kubectl-here'")
			.withMessageContaining("Install kubectl 1.27 or newer");
	}

	private Container container(String deployment) {
		return Fixture.container(this.manifests, deployment);
	}

	private HorizontalPodAutoscaler autoscaler(String name) {
		return one(HorizontalPodAutoscaler.class, name);
	}

	private <T extends HasMetadata> T one(Class<T> type, String name) {
		return Fixture.one(this.manifests, type, name);
	}

}
