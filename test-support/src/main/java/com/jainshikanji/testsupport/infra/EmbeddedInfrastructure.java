package com.jainshikanji.testsupport.infra;

/** Servers from embedded binaries, each started on first use; no Docker needed. */
final class EmbeddedInfrastructure implements Infrastructure {

	private final Lazy<PostgresServer> postgres = new Lazy<>(() -> PostgresServer.start(null, 0));

	private final Lazy<KafkaServer> kafka = new Lazy<>(() -> KafkaServer.start(null, 0));

	private final Lazy<RedisServer> redis = new Lazy<>(() -> RedisServer.start(null, 0));

	private final Lazy<SmtpServer> smtp = new Lazy<>(() -> SmtpServer.start(0));

	@Override
	public Database database(String name) {
		PostgresServer server = this.postgres.get();
		server.createDatabaseIfMissing(name);
		return new Database(server.jdbcUrl(name), server.username(), server.password());
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.get().bootstrapServers();
	}

	@Override
	public void stopKafka() {
		this.kafka.get().stop();
	}

	@Override
	public void startKafka() {
		this.kafka.get().start();
	}

	@Override
	public String redisHost() {
		return this.redis.get().host();
	}

	@Override
	public int redisPort() {
		return this.redis.get().port();
	}

	@Override
	public String smtpHost() {
		return this.smtp.get().host();
	}

	@Override
	public int smtpPort() {
		return this.smtp.get().port();
	}

	/** The SMTP sink itself, to read what the application sent. */
	SmtpServer smtp() {
		return this.smtp.get();
	}

	@Override
	public void close() {
		this.smtp.ifStarted(SmtpServer::close);
		this.redis.ifStarted(RedisServer::close);
		this.kafka.ifStarted(KafkaServer::close);
		this.postgres.ifStarted(PostgresServer::close);
	}

}
