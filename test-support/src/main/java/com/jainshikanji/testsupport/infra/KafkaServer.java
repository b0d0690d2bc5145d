package com.jainshikanji.testsupport.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Apache Kafka cluster in KRaft mode (combined broker and controller),
 * run in this JVM from the Kafka server jars. Unlike a throw-away test broker it can be
 * stopped and started again on the same ports and the same log directory, so tests can
 * take Kafka away and bring it back, and the local platform keeps its topics across
 * restarts.
 */
public final class KafkaServer implements AutoCloseable {

	private static final int NODE_ID = 1;

	private final Path directory;

	private final int brokerPort;

	private final int controllerPort;

	private final boolean temporary;

	private KafkaRaftServer server;

	private KafkaServer(Path directory, int brokerPort, int controllerPort, boolean temporary) {
		this.directory = directory;
		this.brokerPort = brokerPort;
		this.controllerPort = controllerPort;
		this.temporary = temporary;
	}

	/**
	 * Formats the log directory if it is new and starts the broker.
	 * @param directory the log directory; {@code null} for a temporary one
	 * @param brokerPort the client port, {@code 0} for any free port
	 */
	public static KafkaServer start(Path directory, int brokerPort) {
		try {
			Path dir = (directory != null) ? directory : Files.createTempDirectory("kafka-");
			KafkaServer kafka = new KafkaServer(dir, (brokerPort != 0) ? brokerPort : FreePorts.next(),
					FreePorts.next(), directory == null);
			kafka.start();
			return kafka;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.brokerPort;
	}

	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/** Starts the broker again after {@link #stop()}, with the same ports and data. */
	public synchronized void start() {
		if (this.server != null) {
			return;
		}
		KafkaConfig config = new KafkaConfig(configuration(), false);
		formatIfNew();
		KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
		raftServer.startup();
		this.server = raftServer;
		awaitReady();
	}

	/** Stops the broker; clients see it as down until {@link #start()}. */
	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		this.server.shutdown();
		this.server.awaitShutdown();
		this.server = null;
	}

	/** Stops the broker; a temporary log directory is deleted with it. */
	@Override
	public void close() {
		stop();
		if (this.temporary) {
			try (Stream<Path> paths = Files.walk(this.directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
			catch (IOException ex) {
				// Left behind in the temporary directory; nothing depends on it.
			}
		}
	}

	private Map<String, Object> configuration() {
		Map<String, Object> props = new HashMap<>();
		props.put("process.roles", "broker,controller");
		props.put("node.id", String.valueOf(NODE_ID));
		props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + this.controllerPort);
		props.put("listeners",
				"PLAINTEXT://127.0.0.1:" + this.brokerPort + ",CONTROLLER://127.0.0.1:" + this.controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + this.brokerPort);
		props.put("controller.listener.names", "CONTROLLER");
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		props.put("log.dirs", this.directory.toString());
		props.put("num.partitions", "3");
		props.put("auto.create.topics.enable", "true");
		props.put("offsets.topic.replication.factor", "1");
		props.put("offsets.topic.num.partitions", "5");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("share.coordinator.state.topic.replication.factor", "1");
		props.put("group.initial.rebalance.delay.ms", "0");
		// A single local node: keep the memory small.
		props.put("log.cleaner.dedupe.buffer.size", "2097152");
		props.put("num.network.threads", "2");
		props.put("num.io.threads", "2");
		return props;
	}

	private void formatIfNew() {
		if (Files.exists(this.directory.resolve("meta.properties"))) {
			return;
		}
		try {
			new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
				.setNodeId(NODE_ID)
				.setClusterId(Uuid.randomUuid().toString())
				.setControllerListenerName("CONTROLLER")
				.setMetadataLogDirectory(this.directory.toString())
				.setDirectories(List.of(this.directory.toString()))
				.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
				.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not format Kafka log directory " + this.directory, ex);
		}
	}

	private void awaitReady() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Map<String, Object> admin = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
				5000);
		while (true) {
			try (Admin client = Admin.create(admin)) {
				client.describeCluster().nodes().get(5, TimeUnit.SECONDS);
				return;
			}
			catch (Exception ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Kafka did not become ready on " + bootstrapServers(), ex);
				}
			}
		}
	}

}
