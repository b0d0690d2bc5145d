package com.jainshikanji.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.AccountStatusChanged;
import com.jainshikanji.common.events.customer.CustomerRegistered;
import com.jainshikanji.common.events.customer.CustomerVerified;
import com.jainshikanji.common.events.customer.EmailVerificationRequested;
import com.jainshikanji.common.events.customer.PasswordChanged;
import com.jainshikanji.common.events.customer.PasswordResetRequested;
import com.jainshikanji.common.events.inventory.ProductOutOfStock;
import com.jainshikanji.common.events.inventory.StockLow;
import com.jainshikanji.common.events.inventory.StockRestocked;
import com.jainshikanji.common.events.loyalty.LoyaltyPointsChanged;
import com.jainshikanji.common.events.loyalty.LoyaltyTierChanged;
import com.jainshikanji.common.events.order.DeliveryLocationUpdated;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.order.RefundRequested;
import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.common.events.review.ProductRatingChanged;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records a consumer cannot use, on every topic of the platform: bytes that are no event
 * envelope at all, and envelopes of the topic's event types whose payload is not the
 * event. Each consumer of the topic parks them on its own dead-letter topic (and its
 * database, for the operators' dead-letter API), and the partition keeps flowing: an
 * event sent after them with the same key is consumed, without a retry.
 */
@LocalPlatformTest
class PoisonEventsIT {

	private static final Duration EVENTUALLY = Duration.ofSeconds(90);

	/** Every service's database, by its name (which is also its consumer group). */
	private static final Map<String, String> DATABASES = Map.of("customer-service", "customer", "inventory-service",
			"inventory", "order-service", "orders", "store-service", "store", "payment-service", "payment",
			"loyalty-service", "loyalty", "notification-service", "notification", "analytics-service", "analytics",
			"review-service", "review");

	private static Admin admin;

	private static KafkaProducer<String, byte[]> producer;

	/** Reads topics from their beginning, assigned afresh for each read. */
	private static TopicReader reader;

	/** What was sent to each topic, all before the first check. */
	private static final Map<String, Sent> SENT = new LinkedHashMap<>();

	@BeforeAll
	static void sendPoisonToEveryTopic(LocalPlatform platform) throws Exception {
		admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()));
		producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
		reader = new TopicReader(platform.kafkaBootstrapServers());
		// All topics at once: the consumers work through them in parallel while the
		// checks below go topic by topic.
		for (Arguments arguments : topics()) {
			String topic = (String) arguments.get()[0];
			@SuppressWarnings("unchecked")
			List<Class<?>> eventTypes = (List<Class<?>>) arguments.get()[1];
			SENT.put(topic, Sent.to(topic, eventTypes));
		}
	}

	@AfterAll
	static void close() {
		reader.close();
		producer.close();
		admin.close();
	}

	static List<Arguments> topics() {
		return List.of(
				Arguments.of(Topics.CUSTOMER,
						List.of(CustomerRegistered.class, CustomerVerified.class, EmailVerificationRequested.class,
								PasswordChanged.class, PasswordResetRequested.class, AccountStatusChanged.class)),
				Arguments.of(Topics.STORE, List.of(StaffAssigned.class, StaffUnassigned.class)),
				Arguments.of(Topics.INVENTORY, List.of(ProductOutOfStock.class, StockLow.class, StockRestocked.class)),
				Arguments.of(Topics.ORDER,
						List.of(OrderCreated.class, OrderConfirmed.class, OrderStatusChanged.class,
								OrderCancelled.class, OrderDelivered.class, RefundRequested.class,
								DeliveryLocationUpdated.class)),
				Arguments.of(Topics.PAYMENT,
						List.of(PaymentCompleted.class, PaymentFailed.class, RefundProcessed.class,
								RefundFailed.class)),
				Arguments.of(Topics.LOYALTY, List.of(LoyaltyPointsChanged.class, LoyaltyTierChanged.class)),
				Arguments.of(Topics.REVIEW, List.of(ProductRatingChanged.class)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("topics")
	void poisonEventsGoToEachConsumersDeadLetterTopicAndThePartitionKeepsFlowing(String topic,
			List<Class<?>> eventTypes, LocalPlatform platform, Gateway gateway) throws Exception {
		Set<String> consumers = consumersOf(topic);
		assertThat(consumers).as("consumer groups with a dead-letter topic for %s", topic).isNotEmpty();
		Sent sent = SENT.get(topic);
		String key = sent.key();
		byte[] notAnEnvelope = sent.notAnEnvelope();
		List<UUID> invalid = sent.invalid();
		UUID probeId = sent.probeId();
		RecordMetadata probe = sent.probe();
		assertThat(probe.partition()).isEqualTo(sent.poison().partition());

		String admin = gateway.login(Demo.ADMIN, Demo.ADMIN_PASSWORD);
		for (String group : consumers) {
			String deadLetters = topic + "." + group + ".dlt";
			// The partition kept flowing: the probe after the poison was consumed...
			await().atMost(EVENTUALLY).untilAsserted(() -> {
				OffsetAndMetadata committed = PoisonEventsIT.admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get()
					.get(new TopicPartition(topic, probe.partition()));
				assertThat(committed).as("%s's committed offset on %s-%d", group, topic, probe.partition()).isNotNull();
				assertThat(committed.offset()).as("%s read past the probe", group).isGreaterThan(probe.offset());
			});
			// ...and the poison reached the group's dead-letter topic, both kinds.
			List<ConsumerRecord<String, byte[]>> parked = await().atMost(EVENTUALLY)
				.until(() -> read(deadLetters, key),
						(records) -> records.stream().anyMatch((r) -> Arrays.equals(r.value(), notAnEnvelope))
								&& records.stream()
									.anyMatch(
											(r) -> invalid.stream().anyMatch((id) -> text(r).contains(id.toString()))));
			assertThat(parked).as("the probe is no dead letter of %s", group)
				.noneMatch((r) -> text(r).contains(probeId.toString()));
			// The probe was consumed at the first attempt: it never went to a retry
			// topic.
			for (String retry : retryTopicsOf(topic, group)) {
				assertThat(read(retry, key)).as("%s", retry).noneMatch((r) -> text(r).contains(probeId.toString()));
			}
			// The operators see the dead letters, in the group's database and through the
			// gateway's admin API.
			Database database = platform.database(DATABASES.get(group));
			await().atMost(EVENTUALLY)
				.untilAsserted(() -> assertThat(database.count(
						"SELECT count(*) FROM messaging.dead_letter WHERE source_topic = ? AND message_key = ?", topic,
						key))
					.as("dead letters of %s in %s", topic, database)
					.isGreaterThanOrEqualTo(2));
			Gateway.Response listed = gateway.get("/api/v1/admin/" + group + "/dead-letters?size=200", admin);
			assertThat(listed.status()).as(listed.body()).isEqualTo(200);
			assertThat(listed.body()).contains(key);
		}
		System.out.printf("[system-tests] %s: poison (%d event types) parked by %s, partition %d kept flowing%n", topic,
				eventTypes.size(), consumers, probe.partition());
	}

	/**
	 * The consumer groups of a topic that take part in retries: each has its dead-letter
	 * topic, named after the group.
	 */
	private static Set<String> consumersOf(String topic) throws Exception {
		String prefix = topic + ".";
		return admin.listTopics()
			.names()
			.get()
			.stream()
			.filter((name) -> name.startsWith(prefix) && name.endsWith(".dlt"))
			.map((name) -> name.substring(prefix.length(), name.length() - ".dlt".length()))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private static List<String> retryTopicsOf(String topic, String group) throws Exception {
		String prefix = topic + "." + group + ".retry";
		return admin.listTopics().names().get().stream().filter((name) -> name.startsWith(prefix)).sorted().toList();
	}

	private static RecordMetadata send(String topic, String key, byte[] value) throws Exception {
		return producer.send(new ProducerRecord<>(topic, key, value)).get();
	}

	private static byte[] envelope(UUID eventId, String type, String aggregateId, String payload) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("eventId", eventId);
		envelope.put("type", type);
		envelope.put("version", 1);
		envelope.put("occurredAt", Instant.now().toString());
		envelope.put("aggregateId", aggregateId);
		envelope.put("traceparent", null);
		String json = Json.write(envelope);
		// The payload as raw JSON, whatever it is.
		return (json.substring(0, json.length() - 1) + ",\"payload\":" + payload + "}")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Every record of the topic with that key, from the beginning. */
	private static List<ConsumerRecord<String, byte[]>> read(String topic, String key) {
		return reader.readAll(topic, Duration.ofSeconds(20)).stream().filter((r) -> key.equals(r.key())).toList();
	}

	private static String text(ConsumerRecord<String, byte[]> record) {
		return new String(record.value(), StandardCharsets.UTF_8);
	}

	/** The records sent to one topic, all with one key, so all on one partition. */
	private record Sent(String key, byte[] notAnEnvelope, RecordMetadata poison, List<UUID> invalid, UUID probeId,
			RecordMetadata probe) {

		static Sent to(String topic, List<Class<?>> eventTypes) throws Exception {
			String key = "poison-" + UUID.randomUUID();
			byte[] notAnEnvelope = ("\u0000not an event {" + key).getBytes(StandardCharsets.UTF_8);
			RecordMetadata poison = send(topic, key, notAnEnvelope);
			List<UUID> invalid = new ArrayList<>();
			for (Class<?> eventType : eventTypes) {
				UUID eventId = UUID.randomUUID();
				invalid.add(eventId);
				// A string where the event's object should be: no consumer can read it as
				// its event.
				send(topic, key,
						envelope(eventId, eventType.getAnnotation(EventType.class).name(), key, "\"not the event\""));
			}
			UUID probeId = UUID.randomUUID();
			RecordMetadata probe = send(topic, key, envelope(probeId, "SystemTestProbe", key, "{}"));
			return new Sent(key, notAnEnvelope, poison, invalid, probeId, probe);
		}

	}

}
