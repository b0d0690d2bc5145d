package com.jainshikanji.testsupport.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same servers from Testcontainers ({@code -Dinfra=containers}), for machines with a
 * Docker engine. Kafka is "stopped" by pausing its container, so its mapped port stays
 * the same when it comes back.
 */
final class ContainerInfrastructure implements Infrastructure {

	private final Lazy<PostgreSQLContainer> postgres = new Lazy<>(() -> started(
			new PostgreSQLContainer("postgres:17-alpine").withCommand("postgres", "-c", "max_connections=300")));

	private final Lazy<KafkaContainer> kafka = new Lazy<>(() -> started(new KafkaContainer("apache/kafka:4.1.2")));

	private final Lazy<GenericContainer<?>> redis = new Lazy<>(
			() -> started(new GenericContainer<>("redis:7-alpine").withExposedPorts(6379)));

	private final Lazy<GenericContainer<?>> smtp = new Lazy<>(
			() -> started(new GenericContainer<>("greenmail/standalone:2.1.3").withExposedPorts(3025)));

	ContainerInfrastructure() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException(
					"-Dinfra=containers needs a running Docker engine; run without it to use embedded servers");
		}
	}

	private static <C extends GenericContainer<?>> C started(C container) {
		container.start();
		return container;
	}

	@Override
	public synchronized Database database(String name) {
		PostgreSQLContainer container = this.postgres.get();
		try (Connection connection = DriverManager.getConnection(container.getJdbcUrl(), container.getUsername(),
				container.getPassword()); Statement statement = connection.createStatement()) {
			if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + plain(name) + "'").next()) {
				statement.execute("CREATE DATABASE " + plain(name));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		String url = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + name;
		return new Database(url, container.getUsername(), container.getPassword());
	}

	private static String plain(String name) {
		if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		return name;
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.get().getBootstrapServers();
	}

	@Override
	public void stopKafka() {
		KafkaContainer container = this.kafka.get();
		container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
	}

	@Override
	public void startKafka() {
		KafkaContainer container = this.kafka.get();
		container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
	}

	@Override
	public String redisHost() {
		return this.redis.get().getHost();
	}

	@Override
	public int redisPort() {
		return this.redis.get().getMappedPort(6379);
	}

	@Override
	public String smtpHost() {
		return this.smtp.get().getHost();
	}

	@Override
	public int smtpPort() {
		return this.smtp.get().getMappedPort(3025);
	}

	@Override
	public void close() {
		this.smtp.ifStarted(GenericContainer::stop);
		this.redis.ifStarted(GenericContainer::stop);
		this.kafka.ifStarted(GenericContainer::stop);
		this.postgres.ifStarted(GenericContainer::stop);
	}

}
