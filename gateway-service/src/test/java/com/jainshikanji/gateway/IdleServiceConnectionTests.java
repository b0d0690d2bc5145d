package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway lets go of an idle connection to a service before anything between them
 * would: a connection that the other side has forgotten without telling (a service
 * closing it at the same moment, a load balancer or NAT dropping it) must not receive the
 * next request. Kept for ever, it did: a POST, never retried, came back as a 503.
 * <p>
 * order-service is reached here through a relay that forgets a connection after a second
 * of silence, closing it towards the service but not towards the gateway, and resets it
 * when the gateway writes on it again. The gateway drops idle connections after half a
 * second (GATEWAY_POOL_MAX_IDLE_TIME, the variable application.yml reads).
 */
@GatewayTest
@TestPropertySource(properties = "GATEWAY_POOL_MAX_IDLE_TIME=500ms")
class IdleServiceConnectionTests extends EchoRoutes {

	static final ForgetfulRelay relay = ForgetfulRelay.to(URI.create(EchoService.url()), Duration.ofSeconds(1));

	@DynamicPropertySource
	static void orderServiceThroughTheRelay(DynamicPropertyRegistry registry) {
		registry.add("gateway.services.order-service.uri", relay::url);
	}

	@AfterAll
	static void closeRelay() throws IOException {
		relay.close();
	}

	@Autowired
	WebTestClient client;

	@Test
	void aPostAfterTheConnectionWasForgottenGoesThrough() throws InterruptedException {
		post();
		int postsAfterAForgottenConnection = 0;
		for (int i = 0; i < 2; i++) {
			boolean forgotten = relayForgetsOneMore(Duration.ofSeconds(3));
			post();
			postsAfterAForgottenConnection += forgotten ? 1 : 0;
		}
		// On a loaded machine a connection is sometimes closed before the relay forgets
		// it; a POST after a forgotten one is what this test is about.
		assertThat(postsAfterAForgottenConnection).as("POSTs sent after the relay forgot a connection").isPositive();
	}

	private void post() {
		this.client.post()
			.uri("/api/v1/orders")
			.headers((h) -> h.setBearerAuth(TestTokens.customer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	/**
	 * Waits for the relay to forget one more connection (after a second of silence), at
	 * most {@code patience}.
	 */
	private static boolean relayForgetsOneMore(Duration patience) throws InterruptedException {
		int goal = relay.forgotten() + 1;
		long deadline = System.nanoTime() + patience.toNanos();
		while (relay.forgotten() < goal && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		return relay.forgotten() >= goal;
	}

	/**
	 * A TCP relay that, after a connection has carried nothing for a while, closes it
	 * towards the target only, and resets it (RST) when the caller writes on it again:
	 * what a caller sees of a connection the other side forgot.
	 */
	static final class ForgetfulRelay implements AutoCloseable {

		private final ServerSocket server;

		private final URI target;

		private final Duration memory;

		private final AtomicInteger forgotten = new AtomicInteger();

		private ForgetfulRelay(URI target, Duration memory) throws IOException {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			this.target = target;
			this.memory = memory;
			Thread.ofVirtual().start(this::accept);
		}

		static ForgetfulRelay to(URI target, Duration memory) {
			try {
				return new ForgetfulRelay(target, memory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getLocalPort();
		}

		int forgotten() {
			return this.forgotten.get();
		}

		private void accept() {
			while (!this.server.isClosed()) {
				try {
					Socket caller = this.server.accept();
					Socket service = new Socket(this.target.getHost(), this.target.getPort());
					Thread.ofVirtual().start(() -> answers(service, caller));
					Thread.ofVirtual().start(() -> requests(caller, service));
				}
				catch (IOException ex) {
					// Closed.
				}
			}
		}

		private void requests(Socket caller, Socket service) {
			try (caller; service) {
				caller.setSoTimeout((int) this.memory.toMillis());
				InputStream in = caller.getInputStream();
				OutputStream out = service.getOutputStream();
				byte[] buffer = new byte[8192];
				while (true) {
					int read;
					try {
						read = in.read(buffer);
					}
					catch (SocketTimeoutException silent) {
						forget(caller, service);
						return;
					}
					if (read < 0) {
						return;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// Either side went away.
			}
		}

		private void forget(Socket caller, Socket service) throws IOException {
			this.forgotten.incrementAndGet();
			service.close();
			// The caller is not told; the next bytes it sends are answered with a reset.
			caller.setSoTimeout(0);
			if (caller.getInputStream().read() >= 0) {
				caller.setSoLinger(true, 0);
			}
		}

		private void answers(Socket service, Socket caller) {
			try {
				service.getInputStream().transferTo(caller.getOutputStream());
			}
			catch (IOException ex) {
				// The service side was closed by forget(): the caller is deliberately
				// not told.
			}
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
