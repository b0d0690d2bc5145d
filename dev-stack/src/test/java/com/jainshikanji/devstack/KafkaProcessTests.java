package com.jainshikanji.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jainshikanji.testsupport.infra.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local platform's Kafka broker is a process of its own: killing it ends a real
 * process, and starting it again brings the same broker back with its topics.
 */
class KafkaProcessTests {

	@TempDir
	Path data;

	@Test
	void aKilledBrokerIsGoneAndComesBackWithItsTopicsOnTheSamePort() throws Exception {
		KafkaProcess kafka = KafkaProcess.launch(this.data, FreePorts.next());
		try {
			kafka.awaitReady();
			long pid = kafka.pid();
			assertThat(pid).isNotEqualTo(ProcessHandle.current().pid()).isPositive();
			try (Admin admin = admin(kafka)) {
				admin.createTopics(List.of(new NewTopic("drill", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
			}

			kafka.kill();
			assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
			assertThat(kafka.state()).isEqualTo(PlatformProcess.State.STOPPED);
			assertThat(kafka.pid()).isEqualTo(-1);

			kafka.start();
			assertThat(kafka.state()).isEqualTo(PlatformProcess.State.RUNNING);
			assertThat(kafka.pid()).isNotEqualTo(pid);
			try (Admin admin = admin(kafka)) {
				Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
				assertThat(topics).contains("drill");
			}
		}
		finally {
			kafka.stop();
		}
		assertThat(kafka.state()).isEqualTo(PlatformProcess.State.STOPPED);
	}

	@Test
	void runsFromTheLaunchersExecutableJarThroughBootsPropertiesLauncher() {
		// On the test class path the main class is run directly; the jar's case is the
		// same command with Boot's launcher in front, checked here by its shape.
		List<String> command = KafkaProcess.command(this.data.resolve("kafka"), 19092);
		assertThat(command).containsSequence(KafkaNode.class.getName(), this.data.resolve("kafka").toString(), "19092");
		assertThat(command).contains("-Dlogback.configurationFile=devstack-logback.xml");
	}

	private static Admin admin(KafkaProcess kafka) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000));
	}

}
