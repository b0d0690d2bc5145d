package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection that sends nothing, or stops half-way through a request, is closed after
 * the idle timeout (2 s here, a minute by default): left open, each held one of the
 * gateway's file descriptors for ever.
 */
@GatewayTest
// The variable application.yml reads, not server.netty.idle-timeout: the test checks that
// setting.
@TestPropertySource(properties = "GATEWAY_IDLE_TIMEOUT=2s")
class IdleConnectionTests {

	@LocalServerPort
	int port;

	@Test
	void aConnectionThatSendsNothingIsClosed() throws IOException {
		assertClosedWithinSeconds("", 10);
	}

	@Test
	void aConnectionThatStopsHalfWayThroughItsRequestIsClosed() throws IOException {
		assertClosedWithinSeconds("GET /api/v1/products HTTP/1.1\r\nHost: loc", 10);
	}

	private void assertClosedWithinSeconds(String sent, int seconds) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			// Longer than the test allows: a connection kept open fails the test here.
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(sent.getBytes(StandardCharsets.ISO_8859_1));
			long started = System.nanoTime();
			InputStream in = socket.getInputStream();
			while (in.read() != -1) {
				// Whatever the gateway answers before closing (nothing, or a 408) is
				// fine.
			}
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(seconds));
		}
	}

}
