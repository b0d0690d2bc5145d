package com.jainshikanji.common.messaging;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationSupport;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.kafka.support.converter.StringJacksonJsonMessageConverter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.messaging.deadletter.DeadLetterApi;
import com.jainshikanji.common.messaging.deadletter.DeadLetterMetrics;
import com.jainshikanji.common.messaging.deadletter.DeadLetterRecorder;
import com.jainshikanji.common.messaging.deadletter.DeadLetters;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.common.messaging.outbox.EventOutbox;
import com.jainshikanji.common.messaging.outbox.OutboxMetrics;
import com.jainshikanji.common.messaging.outbox.OutboxProperties;
import com.jainshikanji.common.messaging.outbox.OutboxRelay;
import com.jainshikanji.common.messaging.outbox.ParkedEvents;
import com.jainshikanji.common.messaging.outbox.ParkedEventsApi;
import com.jainshikanji.common.messaging.outbox.TraceContinuation;

/**
 * Events over Kafka with the database as the source of truth: the transactional outbox
 * and its relay, the idempotent-consumer record, JSON envelopes for listeners, and
 * non-blocking retries ending in a dead-letter topic whose records are stored for
 * operators, and the operators' admin API over dead letters and parked outbox events. See
 * {@code docs/adr/0002-transactional-outbox.md} for why a small relay rather than a
 * library.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		// The trace beans below are conditional on the Tracer, so they must come after
		// it.
		"org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration" })
@ConditionalOnClass({ JdbcClient.class, Flyway.class })
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties({ OutboxProperties.class, ConsumerProperties.class, KafkaTopicsProperties.class })
public class MessagingAutoConfiguration {

	/**
	 * Migrated after the service's own migrations, which wait for a database that is slow
	 * to take connections (Flyway's connect retries); this one would fail the start
	 * instead. Without the ordering, a listener created early (its retry topics need the
	 * dead-letter store, which needs this schema) would have it migrated first.
	 */
	@Bean
	@DependsOnDatabaseInitialization
	MessagingSchema messagingSchema(DataSource dataSource) {
		return MessagingSchema.migrate(dataSource);
	}

	@Bean
	@ConditionalOnMissingBean
	EventJson eventJson() {
		return new EventJson();
	}

	@Bean
	ProcessedEvents processedEvents(MessagingSchema schema, JdbcClient jdbc) {
		return new ProcessedEvents(jdbc);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(KafkaTemplate.class)
	@ConditionalOnBean(KafkaTemplate.class)
	static class OutboxConfiguration {

		@Bean
		@ConditionalOnBooleanProperty(name = "jainshikanji.messaging.outbox.enabled", matchIfMissing = true)
		OutboxRelay outboxRelay(MessagingSchema schema, DataSource dataSource, JdbcClient jdbc,
				PlatformTransactionManager transactionManager, KafkaOperations<String, String> kafka,
				OutboxProperties properties, Clock clock, ObjectProvider<TraceContinuation> tracing) {
			return new OutboxRelay(dataSource, jdbc, new TransactionTemplate(transactionManager), kafka, properties,
					clock, tracing.getIfAvailable(() -> TraceContinuation.NONE));
		}

		@Bean
		EventOutbox eventOutbox(MessagingSchema schema, JdbcClient jdbc, EventJson json, Clock clock,
				ObjectProvider<OutboxRelay> relay, ObjectProvider<TraceparentSupplier> traceparent) {
			Runnable wakeUp = () -> relay.ifAvailable(OutboxRelay::wakeUp);
			return new EventOutbox(jdbc, json, clock, traceparent.getIfAvailable(() -> () -> null), wakeUp);
		}

		@Bean
		@ConditionalOnClass(MeterRegistry.class)
		OutboxMetrics outboxMetrics(MessagingSchema schema, JdbcClient jdbc, Clock clock) {
			return new OutboxMetrics(jdbc, clock);
		}

		@Bean
		@ConditionalOnMissingBean
		RecordMessageConverter eventEnvelopeMessageConverter(EventJson json) {
			return new StringJacksonJsonMessageConverter(json.mapper());
		}

		@Bean
		@ConditionalOnBooleanProperty(name = "jainshikanji.messaging.consumer.retry-topics", matchIfMissing = true)
		RetryTopicConfiguration platformRetryTopics(KafkaTemplate<?, ?> template, ConsumerProperties properties,
				KafkaTopicsProperties topics, Environment environment, DeadLetterRecorder deadLetterRecorder) {
			String group = environment.getRequiredProperty("spring.application.name");
			return RetryTopicConfigurationBuilder.newInstance()
				.maxAttempts(properties.maxAttempts())
				.exponentialBackoff(properties.initialBackoff().toMillis(), properties.multiplier(),
						properties.maxBackoff().toMillis())
				.retryTopicSuffix("." + group + ".retry")
				.dltSuffix("." + group + ".dlt")
				// Spring Kafka also creates the listened-to topic when it is missing:
				// with the partitions its owner declares, or a consumer starting first
				// makes it with fewer, the owner adds the rest, and this consumer does
				// not see them until its next metadata refresh (minutes), while events
				// keyed there wait.
				.autoCreateTopicsWith(topics.partitions(), properties.retryTopicReplicas())
				.dltHandlerMethod(deadLetterRecorder.asDltHandler())
				.create(template);
		}

		@Bean
		ParkedEvents parkedEvents(MessagingSchema schema, JdbcClient jdbc,
				PlatformTransactionManager transactionManager, Clock clock, ObjectProvider<OutboxRelay> relay) {
			return new ParkedEvents(jdbc, new TransactionTemplate(transactionManager), clock,
					() -> relay.ifAvailable(OutboxRelay::wakeUp));
		}

		@Bean
		DeadLetters deadLetters(MessagingSchema schema, JdbcClient jdbc, PlatformTransactionManager transactionManager,
				KafkaOperations<String, String> kafka, EventJson json, Clock clock, OutboxProperties properties) {
			return new DeadLetters(jdbc, new TransactionTemplate(transactionManager), kafka, json.mapper(), clock,
					properties.sendTimeout());
		}

		@Bean
		@ConditionalOnClass(MeterRegistry.class)
		DeadLetterMetrics deadLetterMetrics() {
			return new DeadLetterMetrics();
		}

		@Bean
		DeadLetterRecorder deadLetterRecorder(DeadLetters deadLetters, EventJson json, Clock clock,
				Environment environment, ObjectProvider<DeadLetterMetrics> metrics) {
			String group = environment.getRequiredProperty("spring.application.name");
			DeadLetterMetrics counter = metrics.getIfAvailable();
			return new DeadLetterRecorder(deadLetters, json, clock, Topics.deadLetter("", group),
					(counter != null) ? counter : (topic) -> {
					});
		}

		/**
		 * Each dead-letter counter starts at zero when the application has started, for
		 * every topic whose dead letters this service's listeners receive: by then every
		 * listener container, those of the retry and dead-letter topics included, is
		 * registered.
		 */
		@Bean
		ApplicationListener<ApplicationStartedEvent> deadLetterCountersAtZero(ObjectProvider<DeadLetterMetrics> metrics,
				DeadLetterRecorder recorder, ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
			return (event) -> metrics.ifAvailable((counters) -> listeners
				.ifAvailable((registry) -> counters.startAtZero(registry.getListenerContainers()
					.stream()
					.map((container) -> container.getContainerProperties().getTopics())
					.filter(Objects::nonNull)
					.flatMap(Arrays::stream)
					.map(recorder::deadLetteredTopic)
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()))));
		}

		/**
		 * The operators' API over dead letters and parked events, in servlet services
		 * with Spring Security (administrators only).
		 */
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
		@ConditionalOnClass(PreAuthorize.class)
		@Import({ DeadLetterApi.class, ParkedEventsApi.class })
		static class AdminApiConfiguration {

		}

	}

	/**
	 * Listeners wait for their database rather than dead-letter records while it is away.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(KafkaTemplate.class)
	@ConditionalOnBean(KafkaTemplate.class)
	@ConditionalOnBooleanProperty(name = "jainshikanji.messaging.consumer.retry-topics", matchIfMissing = true)
	@ConditionalOnMissingBean(RetryTopicConfigurationSupport.class)
	@Import(DatabaseOutageRetries.class)
	static class DatabaseOutageRetriesConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tracer.class)
	static class TracingConfiguration {

		@Bean
		@ConditionalOnBean(Tracer.class)
		TraceparentSupplier traceparentSupplier(Tracer tracer) {
			return () -> {
				Span span = tracer.currentSpan();
				if (span == null) {
					return null;
				}
				TraceContext context = span.context();
				return "00-" + context.traceId() + "-" + context.spanId() + "-"
						+ (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
			};
		}

		/** The relay resumes the trace each event was written in while it sends it. */
		@Bean
		@ConditionalOnBean(Tracer.class)
		TraceContinuation traceContinuation(Tracer tracer) {
			return (traceparent) -> {
				String[] parts = (traceparent != null) ? traceparent.split("-") : new String[0];
				if (parts.length != 4) {
					return () -> {
					};
				}
				TraceContext context = tracer.traceContextBuilder()
					.traceId(parts[1])
					.spanId(parts[2])
					.sampled("01".equals(parts[3]))
					.build();
				CurrentTraceContext.Scope scope = tracer.currentTraceContext().newScope(context);
				return scope::close;
			};
		}

	}

	/** The W3C {@code traceparent} of the current span, or {@code null}. */
	@FunctionalInterface
	public interface TraceparentSupplier extends Supplier<String> {

	}

}
