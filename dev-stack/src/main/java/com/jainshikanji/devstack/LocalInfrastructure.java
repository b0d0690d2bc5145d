package com.jainshikanji.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jainshikanji.testsupport.infra.PostgresServer;
import com.jainshikanji.testsupport.infra.RedisServer;
import com.jainshikanji.testsupport.infra.SmtpServer;

/**
 * The platform's infrastructure for a local run: real servers from embedded binaries, on
 * fixed ports (so tools and the README can name them), with their data under the data
 * directory so it survives restarts. Kafka runs as a JVM of its own
 * ({@link KafkaProcess}) and PostgreSQL as its own processes, so that the control
 * interface can kill, stop or freeze them as real faults would.
 */
final class LocalInfrastructure implements AutoCloseable {

	static final int POSTGRES_PORT = 15432;

	static final int KAFKA_PORT = 19092;

	static final int REDIS_PORT = 16379;

	static final int SMTP_PORT = 13025;

	private final PostgresServer postgres;

	private final KafkaProcess kafka;

	private final PostgresProcess postgresProcess;

	private final RedisServer redis;

	private final SmtpServer smtp;

	private final MailDrop mailDrop;

	private LocalInfrastructure(PostgresServer postgres, Path postgresDirectory, KafkaProcess kafka, RedisServer redis,
			SmtpServer smtp, MailDrop mailDrop) {
		this.postgres = postgres;
		this.postgresProcess = new PostgresProcess(postgresDirectory);
		this.kafka = kafka;
		this.redis = redis;
		this.smtp = smtp;
		this.mailDrop = mailDrop;
	}

	static LocalInfrastructure start(Path dataDirectory) throws Exception {
		requireFree(POSTGRES_PORT, "PostgreSQL");
		requireFree(KAFKA_PORT, "Kafka");
		requireFree(REDIS_PORT, "Redis");
		requireFree(SMTP_PORT, "SMTP");
		// Kafka's JVM starts first and takes longest: the other servers start meanwhile.
		KafkaProcess kafka = KafkaProcess.launch(dataDirectory, KAFKA_PORT);
		Path postgresDirectory = directory(dataDirectory, "postgres");
		PostgresServer postgres = PostgresServer.start(postgresDirectory, POSTGRES_PORT);
		RedisServer redis = RedisServer.start(directory(dataDirectory, "redis"), REDIS_PORT);
		SmtpServer smtp = SmtpServer.start(SMTP_PORT);
		MailDrop mailDrop = MailDrop.start(smtp, dataDirectory.resolve("mail"));
		LocalInfrastructure infrastructure = new LocalInfrastructure(postgres, postgresDirectory, kafka, redis, smtp,
				mailDrop);
		try {
			kafka.awaitReady();
		}
		catch (RuntimeException ex) {
			infrastructure.close();
			throw ex;
		}
		return infrastructure;
	}

	/**
	 * Refuses to start when something already listens on a server's fixed port: the
	 * embedded PostgreSQL would otherwise take the server it finds there (another
	 * platform's, left running) for its own, and the services would run on its data.
	 */
	static void requireFree(int port, String server) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Port " + port + " for " + server
					+ " is taken: another local platform (or what is left of one) is running; stop it first");
		}
	}

	private static Path directory(Path dataDirectory, String name) throws Exception {
		return Files.createDirectories(dataDirectory.resolve(name));
	}

	/** The Kafka broker, which the control interface can stop, kill and start again. */
	KafkaProcess kafka() {
		return this.kafka;
	}

	/** The PostgreSQL server, which the control interface can pause and resume. */
	PostgresProcess postgres() {
		return this.postgresProcess;
	}

	String jdbcUrl(String database) {
		this.postgres.createDatabaseIfMissing(database);
		return "jdbc:postgresql://127.0.0.1:" + this.postgres.port() + "/" + database;
	}

	String databaseUser() {
		return this.postgres.username();
	}

	String databasePassword() {
		return this.postgres.password();
	}

	String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	String redisHost() {
		return this.redis.host();
	}

	int redisPort() {
		return this.redis.port();
	}

	String smtpHost() {
		return this.smtp.host();
	}

	int smtpPort() {
		return this.smtp.port();
	}

	private void resumePostgres() {
		if (this.postgresProcess.state() == PlatformProcess.State.PAUSED) {
			this.postgresProcess.resume();
		}
	}

	@Override
	public void close() {
		// Reverse order of start; each step is attempted even if an earlier one failed.
		// A paused PostgreSQL could not stop; Kafka is stopped whether it runs or not.
		Runnable[] steps = { this.mailDrop::close, this.smtp::close, this.redis::close, this.kafka::stop,
				this::resumePostgres, this.postgres::close };
		for (Runnable step : steps) {
			try {
				step.run();
			}
			catch (RuntimeException ex) {
				System.err.println("  ! while stopping infrastructure: " + ex);
			}
		}
	}

}
