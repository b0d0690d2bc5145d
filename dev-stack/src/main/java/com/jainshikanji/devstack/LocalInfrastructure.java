package com.jainshikanji.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

import com.jainshikanji.testsupport.infra.KafkaServer;
import com.jainshikanji.testsupport.infra.PostgresServer;
import com.jainshikanji.testsupport.infra.RedisServer;
import com.jainshikanji.testsupport.infra.SmtpServer;

/**
 * The platform's infrastructure for a local run: real servers from embedded binaries, on
 * fixed ports (so tools and the README can name them), with their data under the data
 * directory so it survives restarts.
 */
final class LocalInfrastructure implements AutoCloseable {

	static final int POSTGRES_PORT = 15432;

	static final int KAFKA_PORT = 19092;

	static final int REDIS_PORT = 16379;

	static final int SMTP_PORT = 13025;

	private final PostgresServer postgres;

	private final KafkaServer kafka;

	private final RedisServer redis;

	private final SmtpServer smtp;

	private final MailDrop mailDrop;

	private LocalInfrastructure(PostgresServer postgres, KafkaServer kafka, RedisServer redis, SmtpServer smtp,
			MailDrop mailDrop) {
		this.postgres = postgres;
		this.kafka = kafka;
		this.redis = redis;
		this.smtp = smtp;
		this.mailDrop = mailDrop;
	}

	static LocalInfrastructure start(Path dataDirectory) throws Exception {
		PostgresServer postgres = PostgresServer.start(directory(dataDirectory, "postgres"), POSTGRES_PORT);
		KafkaServer kafka = KafkaServer.start(directory(dataDirectory, "kafka"), KAFKA_PORT);
		RedisServer redis = RedisServer.start(directory(dataDirectory, "redis"), REDIS_PORT);
		SmtpServer smtp = SmtpServer.start(SMTP_PORT);
		MailDrop mailDrop = MailDrop.start(smtp, dataDirectory.resolve("mail"));
		return new LocalInfrastructure(postgres, kafka, redis, smtp, mailDrop);
	}

	private static Path directory(Path dataDirectory, String name) throws Exception {
		return Files.createDirectories(dataDirectory.resolve(name));
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

	@Override
	public void close() {
		// Reverse order of start; each step is attempted even if an earlier one failed.
		Runnable[] steps = { this.mailDrop::close, this.smtp::close, this.redis::close, this.kafka::close,
				this.postgres::close };
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
