package com.jainshikanji.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import org.awaitility.Awaitility;

/** Stands in for the payment service's webhook endpoint: keeps what it receives. */
final class WebhookReceiver {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	WebhookReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/api/v1/payments/webhook", (exchange) -> {
			this.received.add(new Received(exchange.getRequestHeaders().getFirst("X-Razorpay-Event-Id"),
					exchange.getRequestHeaders().getFirst("X-Razorpay-Signature"),
					exchange.getRequestBody().readAllBytes()));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/v1/payments/webhook";
	}

	/** The webhooks whose body mentions the text, once {@code count} of them arrived. */
	List<Received> await(String mentioning, int count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.received.stream().filter((r) -> r.text().contains(mentioning)).count() >= count);
		return this.received.stream().filter((r) -> r.text().contains(mentioning)).toList();
	}

	record Received(String eventId, String signature, byte[] body) {

		String text() {
			return new String(this.body, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

}
