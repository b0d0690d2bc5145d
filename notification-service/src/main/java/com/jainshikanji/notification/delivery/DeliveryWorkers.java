package com.jainshikanji.notification.delivery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.jainshikanji.notification.kind.Channel;

/**
 * One worker per queued channel (email, SMS, push), each on its own thread: a provider
 * that is slow or down holds up its own channel only. A worker takes due deliveries as
 * long as there are some, then waits for the poll interval or for new deliveries.
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

	static final List<Channel> QUEUED = List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH);

	private final ObjectProvider<Courier> courier;

	private final DeliveryProperties properties;

	private final Map<Channel, Semaphore> signals = new EnumMap<>(Channel.class);

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	DeliveryWorkers(ObjectProvider<Courier> courier, DeliveryProperties properties) {
		this.courier = courier;
		this.properties = properties;
		QUEUED.forEach((channel) -> this.signals.put(channel, new Semaphore(0)));
	}

	/**
	 * New deliveries of the channel are waiting: look now rather than at the next poll.
	 */
	void wakeUp(Channel channel) {
		Semaphore signal = this.signals.get(channel);
		if (signal != null && signal.availablePermits() == 0) {
			signal.release();
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		for (Channel channel : QUEUED) {
			this.threads.add(Thread.ofVirtual()
				.name("deliveries-" + channel.name().toLowerCase(java.util.Locale.ROOT))
				.start(() -> work(channel)));
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.threads.forEach(Thread::interrupt);
		for (Thread thread : this.threads) {
			try {
				thread.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stop before the datasource and the web server's graceful shutdown end.
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

	private void work(Channel channel) {
		Courier courier = this.courier.getObject();
		long poll = this.properties.pollInterval().toMillis();
		while (this.running) {
			try {
				int taken = courier.deliverDue(channel);
				if (taken < this.properties.batchSize()) {
					this.signals.get(channel).tryAcquire(poll, TimeUnit.MILLISECONDS);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("The {} delivery worker failed ({}); trying again in {} ms", channel, ex.toString(), poll);
				try {
					Thread.sleep(poll);
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

}
