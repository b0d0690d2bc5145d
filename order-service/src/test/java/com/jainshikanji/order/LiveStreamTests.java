package com.jainshikanji.order;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An order's live stream (Server-Sent Events), read as an app reads it: where the order
 * stands, then every change as it happens (published to Kafka and read back by every
 * instance), heartbeats while nothing happens, and the end when the order is done.
 */
@OrderServiceTest
class LiveStreamTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	@Qualifier("liveOrderFeed")
	MessageListenerContainer liveFeed;

	@LocalServerPort
	int port;

	Api api;

	Shop shop;

	String staff;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
		this.staff = TestTokens.staffOf(this.shop.storeId);
		// The feed reads from the end of the topic: it must listen before anything
		// happens to the order.
		await().atMost(Duration.ofSeconds(60)).until(() -> !this.liveFeed.getAssignedPartitions().isEmpty());
	}

	@AfterEach
	void tearDown() {
		// Cuts the streams a test left open (close() would wait for them to end).
		this.http.shutdownNow();
	}

	@Test
	void theCustomerSeesEveryChangeLiveUntilTheOrderIsDone() throws Exception {
		UUID rider = UUID.randomUUID();
		new Events(this.kafka, this.json, this.jdbc)
			.publish(new StaffAssigned(UUID.randomUUID(), rider, this.shop.storeId, "DELIVERY", 1));
		Map<String, Object> order = this.shop.placeCashOnDelivery(this.api);
		String path = Api.ORDERS + "/" + order.get("id");
		EventStream stream = open(path + "/events", this.shop.customer);

		assertThat(stream.next("event:status").data()).contains("\"status\":\"confirmed\"", "\"sequence\":0");
		move(path, Map.of("status", "preparing", "note", "Squeezing lemons"));
		assertThat(stream.next("event:status").data()).contains("\"from\":\"confirmed\"", "\"status\":\"preparing\"",
				"\"note\":\"Squeezing lemons\"", "\"sequence\":1");
		assertThat(stream.next(":keep-alive")).isNotNull();

		move(path, Map.of("status", "ready"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.put(path + "/delivery-person", this.staff, Map.of("userId", rider))
				.returnResult(String.class)
				.getStatus()
				.value() == 200);
		String riderToken = TestTokens.staffAs("DELIVERY", rider, this.shop.storeId);
		// Where the rider is before taking the order out is not the customer's to see.
		Api.json(this.api.post(path + "/tracking", riderToken,
				Map.of("latitude", 23.0301, "longitude", 72.5802, "message", "Having chai")), 409);
		move(path, Map.of("status", "out_for_delivery"));
		assertThat(stream.next("event:status").data()).contains("\"status\":\"ready\"");
		assertThat(stream.next("event:status").data()).contains("\"status\":\"out_for_delivery\"");
		Api.json(this.api.post(path + "/tracking", riderToken,
				Map.of("latitude", 23.0258, "longitude", 72.5873, "message", "At the gate")), 201);
		assertThat(stream.next("event:location").data()).contains("\"latitude\":23.0258", "At the gate");
		move(path, Map.of("status", "delivered", "cashCollected", true));

		assertThat(stream.next("event:status").data()).contains("\"status\":\"delivered\"");
		assertThat(stream.ended()).as("the stream ends with the order").isTrue();
	}

	@Test
	void aFinishedOrderStreamsItsStatusAndEnds() throws Exception {
		Map<String, Object> order = this.shop.placeOnline(this.api);
		String path = Api.ORDERS + "/" + order.get("id");
		Api.ok(this.api.post(path + "/cancel", this.shop.customer, Map.of("reason", "Not hungry")));

		EventStream stream = open(path + "/events", this.shop.customer);

		assertThat(stream.next("event:status").data()).contains("\"status\":\"cancelled\"");
		assertThat(stream.ended()).isTrue();
	}

	/**
	 * Streams opened in a loop (each held for up to an hour, through the gateway) would
	 * take every connection the service has; an app that reconnects without closing its
	 * old stream still gets the new one.
	 */
	@Test
	void anOrderHasAtMostTenStreamsAndOneMoreEndsTheOldest() throws Exception {
		String path = Api.ORDERS + "/" + this.shop.placeCashOnDelivery(this.api).get("id");
		List<EventStream> streams = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			EventStream stream = open(path + "/events", this.shop.customer);
			stream.next("event:status");
			streams.add(stream);
		}

		assertThat(streams.getFirst().endsWithin(Duration.ofSeconds(10))).as("the oldest stream ends").isTrue();
		move(path, Map.of("status", "preparing"));
		for (EventStream stream : streams.subList(1, streams.size())) {
			assertThat(stream.next("event:status").data()).contains("\"status\":\"preparing\"");
		}
	}

	@Test
	void onlyThoseWhoMayReadTheOrderMayFollowIt() throws Exception {
		String path = Api.ORDERS + "/" + this.shop.placeOnline(this.api).get("id") + "/events";

		assertThat(status(path, TestTokens.customer())).isEqualTo(404);
		assertThat(status(path, TestTokens.staffOf(UUID.randomUUID()))).isEqualTo(404);
		assertThat(status(path, null)).isEqualTo(401);
		assertThat(status(path, TestTokens.admin())).isEqualTo(200);
	}

	private void move(String path, Map<String, Object> change) {
		Api.ok(this.api.put(path + "/status", this.staff, change));
	}

	private int status(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/event-stream");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<java.util.stream.Stream<String>> response = this.http.send(request.build(),
				HttpResponse.BodyHandlers.ofLines());
		response.body().close();
		return response.statusCode();
	}

	private EventStream open(String path, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + token)
			.build();
		HttpResponse<java.util.stream.Stream<String>> response = this.http.send(request,
				HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		EventStream stream = new EventStream();
		Thread.ofVirtual().start(() -> {
			response.body().forEach(stream.lines::add);
			stream.lines.add(EventStream.END);
		});
		return stream;
	}

	/** The lines of a stream as they arrive. */
	static final class EventStream {

		static final String END = "<end of stream>";

		final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		final List<String> seen = new ArrayList<>();

		/**
		 * Waits for the next line starting with the prefix; answers it with what follows.
		 */
		Line next(String prefix) throws InterruptedException {
			while (true) {
				String line = this.lines.poll(30, TimeUnit.SECONDS);
				assertThat(line).as("a line starting with %s after %s", prefix, this.seen).isNotNull();
				this.seen.add(line);
				assertThat(line).as("stream ended before %s; saw %s", prefix, this.seen).isNotEqualTo(END);
				if (line.startsWith(prefix)) {
					return new Line(line, this.lines.poll(5, TimeUnit.SECONDS));
				}
			}
		}

		/** Whether the stream ends within the time, heartbeats or not. */
		boolean endsWithin(Duration limit) throws InterruptedException {
			long deadline = System.nanoTime() + limit.toNanos();
			for (long left = limit.toNanos(); left > 0; left = deadline - System.nanoTime()) {
				if (END.equals(this.lines.poll(left, TimeUnit.NANOSECONDS))) {
					return true;
				}
			}
			return false;
		}

		boolean ended() throws InterruptedException {
			while (true) {
				String line = this.lines.poll(30, TimeUnit.SECONDS);
				if (line == null) {
					return false;
				}
				if (END.equals(line)) {
					return true;
				}
			}
		}

	}

	record Line(String line, String following) {

		String data() {
			assertThat(this.following).startsWith("data:");
			return this.following;
		}

	}

}
