package com.jainshikanji.devstack;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jainshikanji.testsupport.infra.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The launcher never shares a fixed port with a server it did not start: embedded
 * PostgreSQL would quietly use another platform's left-over server and its data; and a
 * start that fails halfway leaves nothing of itself running.
 */
class LocalInfrastructureTests {

	@Test
	void aPortSomethingListensOnIsRefusedNamingTheServer() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			assertThatIllegalStateException()
				.isThrownBy(() -> LocalInfrastructure.requireFree(taken.getLocalPort(), "PostgreSQL"))
				.withMessageContaining("Port " + taken.getLocalPort() + " for PostgreSQL is taken");
		}
	}

	@Test
	void whenAServerFailsToStartTheOnesStartedBeforeItAreStoppedAgain(@TempDir Path data) throws Exception {
		// PostgreSQL starts after Kafka's JVM was launched; a file where its data
		// directory belongs makes it fail.
		Files.writeString(data.resolve("postgres"), "in the way");
		LocalInfrastructure.Ports ports = new LocalInfrastructure.Ports(FreePorts.next(), FreePorts.next(),
				FreePorts.next(), FreePorts.next());
		Set<Long> childrenBefore = children();

		assertThatExceptionOfType(FileAlreadyExistsException.class)
			.isThrownBy(() -> LocalInfrastructure.start(data, ports));

		assertThat(children()).as("processes this JVM started and left running (Kafka's)").isEqualTo(childrenBefore);
		assertThatNoException().isThrownBy(() -> LocalInfrastructure.requireFree(ports.kafka(), "Kafka"));
	}

	private static Set<Long> children() {
		return ProcessHandle.current()
			.children()
			.filter(ProcessHandle::isAlive)
			.map(ProcessHandle::pid)
			.collect(Collectors.toSet());
	}

	@Test
	void aFreePortIsAccepted() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		assertThatNoException().isThrownBy(() -> LocalInfrastructure.requireFree(port, "Redis"));
	}

}
