package com.jainshikanji.inventory.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.event.TransactionalEventListener;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.inventory.CategoryChanged;
import com.jainshikanji.common.events.inventory.ProductChanged;
import com.jainshikanji.common.events.inventory.ProductOutOfStock;
import com.jainshikanji.common.events.inventory.StockLow;
import com.jainshikanji.common.events.inventory.StockRestocked;

/**
 * Drops {@link MenuCache} entries when what they show changes. Every change to the menu
 * publishes an event in its transaction (the catalog's {@link ProductChanged} and
 * {@link CategoryChanged}, the stock events when available stock crosses zero or the
 * minimum), and each event is heard twice:
 * <ul>
 * <li>by the instance that made the change, right after its commit;</li>
 * <li>by <em>every</em> instance from Kafka, once the outbox relay sent it: within the
 * relay's poll interval (1 s) and Kafka's delivery of the commit.</li>
 * </ul>
 * The Kafka consumer has a consumer group of its own per instance: the service's group
 * shares a topic's partitions among instances, so each would hear only some changes,
 * while every instance's cache must drop every changed entry. Nothing else is done with
 * these records, so there is no inbox, retry or dead letter: a record that cannot be read
 * drops the whole cache. It starts from the end of the topic (earlier changes are in the
 * database already) and the cache keeps nothing until it listens (see
 * {@link MenuCache#listening(boolean)}).
 */
@Configuration(proxyBeanMethods = false)
class MenuInvalidation {

	private static final Logger log = LoggerFactory.getLogger(MenuInvalidation.class);

	private final MenuCache cache;

	private final EventJson json;

	MenuInvalidation(MenuCache cache, EventJson json) {
		this.cache = cache;
		this.json = json;
	}

	/** This instance's own change, as soon as it committed. */
	@TransactionalEventListener
	void committed(IntegrationEvent event) {
		apply(event);
	}

	/** Any instance's change, from Kafka. */
	void heard(String record) {
		try {
			EventEnvelope envelope = this.json.read(record);
			if (envelope.is(ProductChanged.class)) {
				apply(this.json.payload(envelope, ProductChanged.class));
			}
			else if (envelope.is(CategoryChanged.class)) {
				apply(this.json.payload(envelope, CategoryChanged.class));
			}
			else if (envelope.is(ProductOutOfStock.class)) {
				apply(this.json.payload(envelope, ProductOutOfStock.class));
			}
			else if (envelope.is(StockLow.class)) {
				apply(this.json.payload(envelope, StockLow.class));
			}
			else if (envelope.is(StockRestocked.class)) {
				apply(this.json.payload(envelope, StockRestocked.class));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Unreadable record on {}; dropping the whole menu cache", Topics.INVENTORY, ex);
			this.cache.invalidateAll();
		}
	}

	private void apply(IntegrationEvent event) {
		switch (event) {
			case ProductChanged changed -> this.cache.productChanged(changed.productId());
			case CategoryChanged _ -> this.cache.invalidateAll();
			case ProductOutOfStock out -> this.cache.stockChanged(out.storeId());
			case StockLow low -> this.cache.stockChanged(low.storeId());
			case StockRestocked restocked -> this.cache.stockChanged(restocked.storeId());
			default -> {
			}
		}
	}

	/**
	 * The per-instance consumer. Built by hand rather than with {@code @KafkaListener},
	 * so that the platform's retry topics (named per service) do not apply to it.
	 */
	@Bean
	KafkaMessageListenerContainer<String, String> menuInvalidationListener(ConsumerFactory<?, ?> consumers,
			Environment environment) {
		ContainerProperties properties = new ContainerProperties(Topics.INVENTORY);
		properties.setGroupId(
				environment.getRequiredProperty("spring.application.name") + ".menu-cache." + UUID.randomUUID());
		properties.setClientId("menu-cache");
		// Observed like every @KafkaListener (spring.kafka.listener.observation-enabled
		// does not reach a container built by hand): its plain timer has other tag keys
		// under the same meter name, and Prometheus then drops whichever registers
		// second.
		properties.setObservationEnabled(true);
		properties.getKafkaConsumerProperties().setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
		properties.setMessageListener((MessageListener<String, String>) (record) -> heard(record.value()));
		properties.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {

			@Override
			public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
				// Where listening starts is fixed now (not at the first fetch), so any
				// change committed after the cache is emptied below is heard.
				consumer.seekToEnd(partitions);
				Map<TopicPartition, Long> positions = partitions.stream()
					.collect(Collectors.toMap((partition) -> partition, consumer::position));
				MenuInvalidation.this.cache.listening(!partitions.isEmpty());
				log.info("Menu cache listening to {} from {}", Topics.INVENTORY, positions);
			}

			@Override
			public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer,
					Collection<TopicPartition> partitions) {
				MenuInvalidation.this.cache.listening(false);
			}

			@Override
			public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
				MenuInvalidation.this.cache.listening(false);
			}

		});
		@SuppressWarnings("unchecked") // Boot's factory reads keys and values as strings
		ConsumerFactory<String, String> strings = (ConsumerFactory<String, String>) consumers;
		return new KafkaMessageListenerContainer<>(strings, properties);
	}

}
