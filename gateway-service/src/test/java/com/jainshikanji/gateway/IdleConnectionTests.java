package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection that sends nothing, or stops half-way through a request, is closed after
 * the idle timeout (2 s here, a minute by default); one that sends its request's head too
 * slowly, after the request head timeout (3 s here, 10 s by default). Left open, each
 * held one of the gateway's file descriptors for ever.
 */
@GatewayTest
// The variable application.yml reads, not server.netty.idle-timeout: the test checks that
// setting.
@TestPropertySource(properties = "GATEWAY_IDLE_TIMEOUT=2s")
class IdleConnectionTests extends EchoRoutes {

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

	@Test
	void aConnectionTricklingItsRequestHeadIsClosed() throws IOException, InterruptedException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			long started = System.nanoTime();
			out.write("GET /api/v1/products HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1));
			// A header line every half second, for up to 20 s: never silent for 2 s.
			for (int i = 0; i < 40; i++) {
				Thread.sleep(500);
				try {
					out.write(("X-Slow-" + i + ": a\r\n").getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
				}
				catch (IOException closed) {
					break;
				}
			}
			assertThat(closedByTheGateway(socket)).isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void aHeadArrivingInPiecesWithinTheTimeoutIsAnswered() throws IOException, InterruptedException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write("GET /api/v1/products HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1));
			Thread.sleep(1_500);
			out.write("st: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(answer).startsWith("HTTP/1.1 200");
		}
	}

	private static boolean closedByTheGateway(Socket socket) throws IOException {
		try {
			return socket.getInputStream().read() == -1;
		}
		catch (SocketException reset) {
			// Our last header line reached a connection already closed.
			return true;
		}
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
