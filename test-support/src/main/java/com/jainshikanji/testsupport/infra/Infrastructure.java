package com.jainshikanji.testsupport.infra;

import java.util.Locale;

/**
 * The real servers tests run against: one PostgreSQL (a database per service), one Kafka
 * broker, one Redis and one SMTP sink per JVM, each started the first time something asks
 * for it.
 *
 * <p>
 * The default is embedded binaries, which need nothing but a JDK. With
 * {@code -Dinfra=containers} and a Docker engine, the same servers come from
 * Testcontainers instead.
 */
public interface Infrastructure extends AutoCloseable {

	/** The infrastructure shared by everything in this JVM. */
	static Infrastructure shared() {
		return Holder.INSTANCE;
	}

	/** Creates the database if needed and tells how to reach it. */
	Database database(String name);

	String kafkaBootstrapServers();

	/** Takes Kafka away (clients see connection failures) until {@link #startKafka()}. */
	void stopKafka();

	/** Brings Kafka back after {@link #stopKafka()}, with the same address and data. */
	void startKafka();

	String redisHost();

	int redisPort();

	String smtpHost();

	int smtpPort();

	/** Stops whatever was started. */
	@Override
	void close();

	/** Where to reach one database. */
	record Database(String jdbcUrl, String username, String password) {
	}

	final class Holder {

		private static final Infrastructure INSTANCE = create();

		private Holder() {
		}

		private static Infrastructure create() {
			String mode = System.getProperty("infra", "embedded").trim().toLowerCase(Locale.ROOT);
			Infrastructure infrastructure = switch (mode) {
				case "", "embedded" -> new EmbeddedInfrastructure();
				case "containers" -> new ContainerInfrastructure();
				default -> throw new IllegalArgumentException(
						"Unknown -Dinfra=" + mode + ": use 'embedded' (default) or 'containers'");
			};
			Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "infrastructure-shutdown"));
			return infrastructure;
		}

	}

}
