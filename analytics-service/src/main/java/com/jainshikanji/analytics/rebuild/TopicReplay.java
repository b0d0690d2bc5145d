package com.jainshikanji.analytics.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads topics from their first retained record to where they ended when the reading
 * began, with a consumer of its own: assigned every partition, no consumer group, nothing
 * committed, so the live listeners' positions stay where they are and every instance
 * keeps consuming meanwhile.
 */
@Component
class TopicReplay {

	private final ConsumerFactory<String, String> consumers;

	TopicReplay(ConsumerFactory<String, String> consumers) {
		this.consumers = consumers;
	}

	/**
	 * @param batch receives the records in batches, each partition's in order
	 * @return how many records were read
	 */
	long read(List<String> topics, int batchSize, Duration pollTimeout,
			Consumer<List<ConsumerRecord<String, String>>> batch) {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batchSize));
		overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (org.apache.kafka.clients.consumer.Consumer<String, String> consumer = this.consumers.createConsumer(null,
				"analytics-rebuild", null, overrides)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : topics) {
				List<PartitionInfo> infos = consumer.partitionsFor(topic, pollTimeout.multipliedBy(10));
				if (infos != null) {
					infos.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
				}
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
			ends.entrySet().removeIf((end) -> consumer.position(end.getKey()) >= end.getValue());
			long read = 0;
			while (!ends.isEmpty()) {
				ConsumerRecords<String, String> records = consumer.poll(pollTimeout);
				List<ConsumerRecord<String, String>> wanted = new ArrayList<>(records.count());
				for (ConsumerRecord<String, String> record : records) {
					Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
					if (end != null && record.offset() < end) {
						wanted.add(record);
					}
				}
				if (!wanted.isEmpty()) {
					batch.accept(wanted);
					read += wanted.size();
				}
				ends.entrySet().removeIf((end) -> consumer.position(end.getKey()) >= end.getValue());
			}
			return read;
		}
	}

}
