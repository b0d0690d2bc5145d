package com.jainshikanji.testsupport.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.jainshikanji.testsupport.infra.Infrastructure;

/**
 * Reads a topic from the beginning with a consumer group of its own, to check what an
 * application really published.
 */
public final class TopicReader implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

	private TopicReader(String topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				Infrastructure.shared().kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"topic-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(topic));
	}

	public static TopicReader of(String topic) {
		return new TopicReader(topic);
	}

	/**
	 * Polls until {@code count} records matching the predicate have been seen, or fails
	 * after the timeout.
	 * @return the matching records, in the order read
	 */
	public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> predicate, int count,
			Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			List<ConsumerRecord<String, String>> matching = this.seen.stream().filter(predicate).toList();
			if (matching.size() >= count) {
				return matching;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Expected " + count + " matching record(s) within " + timeout + " but saw "
						+ matching.size() + " among " + this.seen.size());
			}
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		}
	}

	/**
	 * Polls for the given time and returns every record matching the predicate seen so
	 * far.
	 */
	public List<ConsumerRecord<String, String>> readFor(Duration duration,
			Predicate<ConsumerRecord<String, String>> predicate) {
		long deadline = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < deadline) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		}
		return this.seen.stream().filter(predicate).toList();
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
