package com.jainshikanji.sandbox.webhook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.jainshikanji.sandbox.SandboxProperties;
import com.jainshikanji.sandbox.ledger.Event;
import com.jainshikanji.sandbox.ledger.Signatures;

/**
 * Sends webhooks as Razorpay does: a JSON event, {@code X-Razorpay-Signature} the
 * HMAC-SHA256 of exactly the bytes sent under the webhook secret, an
 * {@code X-Razorpay-Event-Id}, retried when the receiver does not answer 2xx. Every
 * checkout's webhooks end with a duplicate delivery of one of them (same event id, same
 * body), and can be sent in reverse order, so the receiver's idempotency and ordering are
 * exercised every time. Sent in the background, after the call that caused them.
 */
@Component
public class WebhookSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private static final int ATTEMPTS = 4;

	private static final int KEPT = 200;

	private final SandboxProperties properties;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final Deque<Delivery> deliveries = new ArrayDeque<>();

	WebhookSender(SandboxProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends the events (in reverse when asked) followed by a duplicate of the first one
	 * that settles something (not {@code payment.authorized}).
	 */
	public void send(List<Event> events, boolean outOfOrder) {
		if (events.isEmpty()) {
			return;
		}
		List<Webhook> webhooks = new ArrayList<>(events.stream().map(this::webhook).toList());
		if (outOfOrder) {
			java.util.Collections.reverse(webhooks);
		}
		webhooks.add(webhooks.stream()
			.filter((webhook) -> !"payment.authorized".equals(webhook.event()))
			.findFirst()
			.orElse(webhooks.get(0))
			.again());
		this.executor.execute(() -> {
			for (Webhook webhook : webhooks) {
				deliver(webhook);
				pause(this.properties.webhookPause());
			}
		});
	}

	/** The latest deliveries, newest first. */
	public synchronized List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	private Webhook webhook(Event event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("entity", "event");
		body.put("account_id", "acc_Sandbox0000001");
		body.put("event", event.name());
		body.put("contains", event.contains());
		body.put("payload", event.payload());
		body.put("created_at", this.clock.instant().getEpochSecond());
		byte[] bytes = this.json.writeValueAsBytes(body);
		return new Webhook(eventId(), event.name(), bytes, Signatures.hmac(this.properties.webhookSecret(), bytes),
				false);
	}

	private void deliver(Webhook webhook) {
		int status = 0;
		int attempt = 0;
		while (attempt < ATTEMPTS && (status < 200 || status > 299)) {
			if (attempt > 0) {
				pause(Duration.ofSeconds(attempt));
			}
			attempt++;
			status = post(webhook);
		}
		record(new Delivery(webhook.eventId(), webhook.event(), webhook.duplicate(), status, attempt,
				this.clock.instant()));
		if (status < 200 || status > 299) {
			log.warn("Webhook {} {} was not taken by {} after {} attempts (last answer {})", webhook.event(),
					webhook.eventId(), this.properties.webhookUrl(), attempt, status);
		}
	}

	private int post(Webhook webhook) {
		HttpRequest request = HttpRequest.newBuilder(this.properties.webhookUrl())
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.header("User-Agent", "Razorpay-Webhook/v1 (sandbox)")
			.header("X-Razorpay-Signature", webhook.signature())
			.header("X-Razorpay-Event-Id", webhook.eventId())
			.POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	private synchronized void record(Delivery delivery) {
		this.deliveries.addFirst(delivery);
		while (this.deliveries.size() > KEPT) {
			this.deliveries.removeLast();
		}
	}

	private static String eventId() {
		return "evt_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 14);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/**
	 * A webhook ready to send.
	 *
	 * @param duplicate whether it repeats one sent before
	 */
	record Webhook(String eventId, String event, byte[] body, String signature, boolean duplicate) {

		/** The same webhook, sent again. */
		Webhook again() {
			return new Webhook(this.eventId, this.event, this.body, this.signature, true);
		}

	}

	/**
	 * A webhook sent.
	 *
	 * @param status the receiver's last answer, 0 when it could not be reached
	 * @param attempts how many times it was sent
	 */
	public record Delivery(String eventId, String event, boolean duplicate, int status, int attempts, Instant at) {
	}

}
