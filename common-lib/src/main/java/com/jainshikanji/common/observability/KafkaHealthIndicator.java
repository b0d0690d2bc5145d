package com.jainshikanji.common.observability;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the service can talk to Kafka: a cluster description within a short timeout,
 * over one admin client kept for the life of the service (a client per check would log
 * its whole configuration every time and open a new connection). Part of the readiness
 * group: a service that cannot reach Kafka cannot take the requests that consume or
 * publish (an outbox write still commits, but nothing reaches its consumers).
 */
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

	private final Map<String, Object> configuration;

	private final Duration timeout;

	private @Nullable AdminClient client;

	KafkaHealthIndicator(Map<String, Object> adminConfiguration, Duration timeout) {
		super("Kafka health check failed");
		Map<String, Object> configuration = new HashMap<>(adminConfiguration);
		int millis = (int) timeout.toMillis();
		configuration.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
		configuration.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
		configuration.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "health");
		this.configuration = configuration;
		this.timeout = timeout;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = client()
			.describeCluster(new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis()));
		try {
			String clusterId = cluster.clusterId().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			int nodes = cluster.nodes().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).size();
			builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
		}
		catch (ExecutionException | TimeoutException ex) {
			builder.down().withDetail("error", ex.toString());
		}
	}

	private synchronized AdminClient client() {
		if (this.client == null) {
			this.client = AdminClient.create(this.configuration);
		}
		return this.client;
	}

	@Override
	public synchronized void destroy() {
		if (this.client != null) {
			this.client.close(Duration.ofSeconds(1));
			this.client = null;
		}
	}

}
