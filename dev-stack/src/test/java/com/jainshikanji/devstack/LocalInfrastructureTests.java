package com.jainshikanji.devstack;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The launcher never shares a fixed port with a server it did not start: embedded
 * PostgreSQL would quietly use another platform's left-over server and its data.
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
	void aFreePortIsAccepted() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		assertThatNoException().isThrownBy(() -> LocalInfrastructure.requireFree(port, "Redis"));
	}

}
