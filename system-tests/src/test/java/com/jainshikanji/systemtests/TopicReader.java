package com.jainshikanji.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the platform's topics from their beginning, as the checks after a scenario need:
 * every record up to the end each partition had when the read began.
 */
final class TopicReader implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	TopicReader(String bootstrapServers) {
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"system-tests-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
						// A read ends when every partition is at its end; a fetch of
						// partitions already there need not wait the default half second
						// for more.
						ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20),
				new StringDeserializer(), new ByteArrayDeserializer());
	}

	/**
	 * Every record of the topic, from the beginning.
	 * @throws AssertionError if the topic is not read to its end within the limit
	 */
	List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration limit) {
		List<TopicPartition> partitions = this.consumer.partitionsFor(topic, Duration.ofSeconds(10))
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
		Map<TopicPartition, Long> ends = this.consumer.endOffsets(partitions);
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		long deadline = System.nanoTime() + limit.toNanos();
		while (partitions.stream().anyMatch((p) -> this.consumer.position(p) < ends.get(p))) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(topic + " was not read to its end within " + limit);
			}
			this.consumer.poll(Duration.ofMillis(200)).forEach(records::add);
		}
		return records;
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
