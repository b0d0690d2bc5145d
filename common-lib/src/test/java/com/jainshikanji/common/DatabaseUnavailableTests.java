package com.jainshikanji.common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.testapp.SampleHappened;
import com.jainshikanji.common.testapp.TestApplication;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A database that stops answering (here the real PostgreSQL frozen with SIGSTOP, its open
 * connections included) makes requests fail fast with a 503 problem instead of hanging,
 * and the service serves again by itself once the database answers.
 */
@CommonLibTest
class DatabaseUnavailableTests {

	/**
	 * Hikari's wait for a connection plus one socket timeout, with room for a slow CI.
	 */
	private static final Duration FAST = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String token = TestTokens.customer();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Value("${local.server.port}")
	int port;

	@Test
	void whileTheDatabaseIsFrozenRequestsFailFastWith503ProblemsAndServeAgainOnceItAnswers() throws Exception {
		assertThat(get("/samples/count").statusCode()).isEqualTo(200);
		ProcessHandle postmaster = postmaster();
		List<Timed> answers = new ArrayList<>();
		freeze(postmaster);
		try {
			// More requests than the pool has connections: some wait for one, some
			// take a pooled connection whose server no longer answers.
			try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
				List<Future<Timed>> calls = new ArrayList<>();
				for (int i = 0; i < 16; i++) {
					String path = (i % 2 == 0) ? "/samples/count" : "/samples/count-plain";
					calls.add(pool.submit(() -> timed(path)));
				}
				for (Future<Timed> call : calls) {
					answers.add(call.get());
				}
			}
		}
		finally {
			thaw(postmaster);
		}
		for (Timed answer : answers) {
			assertThat(answer.response().statusCode()).as(answer.response().body()).isEqualTo(503);
			assertThat(answer.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(answer.response().headers().firstValue("Retry-After")).hasValue("5");
			assertThat(answer.response().body()).contains(
					"\"type\":\"https://api.jainshikanji.in/problems/service-unavailable\"",
					"\"title\":\"Service unavailable\"", "database is not answering");
			assertThat(answer.took()).isLessThan(FAST);
		}
		System.out.printf("[db-frozen] %d requests answered 503 in at most %d ms%n", answers.size(),
				answers.stream().mapToLong((answer) -> answer.took().toMillis()).max().orElse(0));

		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (get("/samples/count").statusCode() != 200 || get("/samples/count-plain").statusCode() != 200) {
			assertThat(System.nanoTime()).as("serves again within 20 s of the database answering").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	@Test
	void anEventConsumedWhileTheDatabaseIsFrozenWaitsForItAndIsAppliedOnceNotDeadLettered() throws Exception {
		String name = "frozen-" + UUID.randomUUID();
		EventEnvelope envelope = this.json.envelope(new SampleHappened(UUID.randomUUID().toString(), name),
				Instant.now(), null);
		ProcessHandle postmaster = postmaster();
		freeze(postmaster);
		try {
			this.kafka.send(SampleHappened.TOPIC, envelope.aggregateId(), this.json.write(envelope)).get();
			// Longer than all the retry topics' attempts and pauses together (4 attempts
			// of about 3 s, 1 + 2 + 4 s apart).
			Thread.sleep(25_000);
		}
		finally {
			thaw(postmaster);
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (effects(name) == 0) {
			assertThat(System.nanoTime()).as("applied within a minute of the database answering").isLessThan(deadline);
			Thread.sleep(250);
		}
		assertThat(effects(name)).isOne();
		assertThat(this.jdbc.sql("SELECT count(*) FROM messaging.dead_letter WHERE event_id = :id")
			.param("id", envelope.eventId())
			.query(Long.class)
			.single()).as("dead letters of the event").isZero();
	}

	@Test
	void aServiceStartingWhileItsDatabaseTakesNoConnectionsWaitsForItInsteadOfExiting(
			@Autowired Environment environment) throws Exception {
		// The same application and database, a second instance on ports of its own,
		// without listeners (they would join this context's consumer group).
		Map<String, Object> properties = new HashMap<>();
		// What test-support gives this context: the shared servers and the token issuer.
		for (String name : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"spring.kafka.bootstrap-servers", "spring.data.redis.host", "spring.data.redis.port",
				"spring.mail.host", "spring.mail.port", "jainshikanji.security.jwt.jwk-set-uri")) {
			String value = environment.getProperty(name);
			if (value != null) {
				properties.put(name, value);
			}
		}
		properties.put("server.port", "0");
		properties.put("management.server.port", "0");
		properties.put("spring.kafka.listener.auto-startup", "false");
		ProcessHandle postmaster = postmaster();
		CompletableFuture<ConfigurableApplicationContext> starting;
		freeze(postmaster);
		try {
			starting = CompletableFuture
				.supplyAsync(() -> new SpringApplicationBuilder(TestApplication.class).properties(properties).run());
			// Several times the driver's 3 s login timeout: the migrations' first
			// connection attempts fail.
			Thread.sleep(10_000);
			assertThat(starting).as("still starting while the database takes no connections").isNotDone();
		}
		finally {
			thaw(postmaster);
		}
		try (ConfigurableApplicationContext started = starting.get(60, TimeUnit.SECONDS)) {
			assertThat(started.isRunning()).isTrue();
			assertThat(started.getBean(Flyway.class).info().current()).as("migrated").isNotNull();
		}
	}

	private long effects(String name) {
		return this.jdbc.sql("SELECT count(*) FROM sample_effects WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private ProcessHandle postmaster() {
		long backend = this.jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
		ProcessHandle postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElse(null);
		assumeThat(postmaster).as("PostgreSQL runs on this machine (embedded)").isNotNull();
		return postmaster;
	}

	private static void freeze(ProcessHandle postmaster) throws Exception {
		signal("STOP", List.of(postmaster));
		signal("STOP", postmaster.descendants().toList());
	}

	private static void thaw(ProcessHandle postmaster) throws Exception {
		signal("CONT", postmaster.descendants().toList());
		signal("CONT", List.of(postmaster));
	}

	private Timed timed(String path) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<String> response = get(path);
		return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + this.token)
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
		if (processes.isEmpty()) {
			return;
		}
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		processes.forEach((process) -> command.add(String.valueOf(process.pid())));
		new ProcessBuilder(command).inheritIO().start().waitFor();
	}

	private record Timed(HttpResponse<String> response, Duration took) {
	}

}
