package com.jainshikanji.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

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
		return start(dataDirectory, Ports.FIXED);
	}

	static LocalInfrastructure start(Path dataDirectory, Ports ports) throws Exception {
		requireFree(ports.postgres(), "PostgreSQL");
		requireFree(ports.kafka(), "Kafka");
		requireFree(ports.redis(), "Redis");
		requireFree(ports.smtp(), "SMTP");
		// What has started, to be stopped again if a later server fails (say,
		// PostgreSQL's binaries could not be extracted): a Kafka left behind would hold
		// its port, and the next start would refuse to run.
		Deque<AutoCloseable> started = new ArrayDeque<>();
		try {
			// Kafka's JVM starts first and takes longest: the others start meanwhile.
			KafkaProcess kafka = KafkaProcess.launch(dataDirectory, ports.kafka());
			started.push(kafka::stop);
			Path postgresDirectory = directory(dataDirectory, "postgres");
			PostgresServer postgres = PostgresServer.start(postgresDirectory, ports.postgres());
			started.push(postgres);
			RedisServer redis = RedisServer.start(directory(dataDirectory, "redis"), ports.redis());
			started.push(redis);
			SmtpServer smtp = SmtpServer.start(ports.smtp());
			started.push(smtp);
			MailDrop mailDrop = MailDrop.start(smtp, dataDirectory.resolve("mail"));
			LocalInfrastructure infrastructure = new LocalInfrastructure(postgres, postgresDirectory, kafka, redis,
					smtp, mailDrop);
			started.clear();
			started.push(infrastructure);
			kafka.awaitReady();
			return infrastructure;
		}
		catch (Throwable ex) {
			for (AutoCloseable server : started) {
				try {
					server.close();
				}
				catch (Exception closing) {
					ex.addSuppressed(closing);
				}
			}
			throw ex;
		}
	}

	/**
	 * The servers' ports: fixed for the platform, so that tools and the README can name
	 * them.
	 */
	record Ports(int postgres, int kafka, int redis, int smtp) {

		static final Ports FIXED = new Ports(POSTGRES_PORT, KAFKA_PORT, REDIS_PORT, SMTP_PORT);

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
