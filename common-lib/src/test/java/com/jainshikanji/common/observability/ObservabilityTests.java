package com.jainshikanji.common.observability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jainshikanji.common.CommonLibTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator answers on the management port only, the probes on the main port too, and
 * readiness depends on the database and Kafka.
 */
@CommonLibTest
class ObservabilityTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	HealthEndpointGroups groups;

	@Test
	void metricsAnswerOnTheManagementPortAndNeverOnTheMainPort() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("outbox_backlog_events{application=\"common-test\"");
		assertThat(get(this.port, "/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(get(this.port, "/actuator/health").statusCode()).isEqualTo(404);
	}

	@Test
	void theProbesAnswerOnBothPortsWithoutAToken() throws Exception {
		Map<String, Integer> probes = Map.of("/livez", this.port, "/readyz", this.port, "/actuator/health/liveness",
				this.managementPort, "/actuator/health/readiness", this.managementPort);
		for (Map.Entry<String, Integer> probe : probes.entrySet()) {
			HttpResponse<String> response = get(probe.getValue(), probe.getKey());
			assertThat(response.statusCode()).as(probe.getKey()).isEqualTo(200);
			assertThat(response.body()).as(probe.getKey()).contains("\"UP\"");
		}
	}

	@Test
	void theManagementPortNamesEachComponentOfAProbeAndTheMainPortOnlyTheVerdict() throws Exception {
		HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
		assertThat(readiness.body()).contains("\"db\":{\"status\":\"UP\"}", "\"kafka\":{\"status\":\"UP\"}")
			.doesNotContain("details");
		assertThat(get(this.managementPort, "/actuator/health/liveness").body()).contains("\"livenessState\"");
		assertThat(get(this.port, "/readyz").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(get(this.port, "/livez").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(get(this.port, "/actuator/health/readiness").statusCode()).isEqualTo(404);
	}

	@Test
	void readinessNeedsTheDatabaseAndKafkaAndLivenessNeitherOfThem() {
		assertThat(this.groups.get("readiness").isMember("db")).isTrue();
		assertThat(this.groups.get("readiness").isMember("kafka")).isTrue();
		assertThat(this.groups.get("liveness").isMember("db")).isFalse();
		assertThat(this.groups.get("liveness").isMember("kafka")).isFalse();
		assertThat(this.groups.get("readyz").isMember("db")).isTrue();
		assertThat(this.groups.get("readyz").isMember("kafka")).isTrue();
		assertThat(this.groups.get("livez").isMember("db")).isFalse();
	}

	@Test
	void kafkaIsDownWhenNoBrokerAnswers() {
		KafkaHealthIndicator kafka = new KafkaHealthIndicator(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"), Duration.ofMillis(500));
		try {
			assertThat(kafka.health(false).getStatus()).isEqualTo(Status.DOWN);
		}
		finally {
			kafka.destroy();
		}
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
