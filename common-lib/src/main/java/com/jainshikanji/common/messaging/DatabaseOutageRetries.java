package com.jainshikanji.common.messaging;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.kafka.retrytopic.RetryTopicBeanNames;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationSupport;
import org.springframework.kafka.retrytopic.RetryTopicSchedulerWrapper;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A listener whose database does not answer retries the same record in place, with a
 * growing pause, until the database is back: the record is not at fault, so it must not
 * use up its retries and land on the dead-letter topic during an outage (the platform's
 * datasource defaults make a frozen database fail within seconds). Nothing behind it on
 * the partition could be applied meanwhile anyway. Any other failure goes through the
 * retry topics as before.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageRetries extends RetryTopicConfigurationSupport {

	/** After this long the record goes the usual way: the outage is an operator's now. */
	static final Duration PATIENCE = Duration.ofMinutes(30);

	/**
	 * Resumes retry-topic partitions when their delay is up; Spring Kafka registers one
	 * itself only when it configures retry topics on its own.
	 */
	@Bean(name = RetryTopicBeanNames.DEFAULT_SCHEDULER_WRAPPER_BEAN_NAME)
	RetryTopicSchedulerWrapper retryTopicSchedulerWrapper() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("retry-topic-");
		return new RetryTopicSchedulerWrapper(scheduler);
	}

	@Override
	protected void configureBlockingRetries(BlockingRetriesConfigurer blockingRetries) {
		ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
		backOff.setMaxInterval(10_000);
		backOff.setMaxElapsedTime(PATIENCE.toMillis());
		blockingRetries
			.retryOn(CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
					TransientDataAccessResourceException.class, QueryTimeoutException.class)
			.backOff(backOff);
	}

}
