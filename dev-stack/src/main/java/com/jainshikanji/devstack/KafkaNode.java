package com.jainshikanji.devstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import com.jainshikanji.testsupport.infra.KafkaServer;

/**
 * The main class of the local platform's Kafka broker, which the launcher runs as a JVM
 * of its own (see {@link KafkaProcess}) so that it can be stopped, killed with SIGKILL
 * and started again like any other process of the platform. SIGTERM stops the broker
 * cleanly.
 *
 * <pre>
 * java -cp ... com.jainshikanji.devstack.KafkaNode LOG_DIRECTORY PORT
 * </pre>
 */
public final class KafkaNode {

	/** Printed once the broker answers clients; the launcher waits for it. */
	static final String READY = "KAFKA NODE READY";

	private KafkaNode() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (args.length != 2) {
			throw new IllegalArgumentException("Usage: KafkaNode LOG_DIRECTORY PORT");
		}
		KafkaServer kafka = KafkaServer.start(Path.of(args[0]), Integer.parseInt(args[1]));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			kafka.close();
			stopped.countDown();
		}, "kafka-node-shutdown"));
		System.out.println(READY + " " + kafka.bootstrapServers());
		System.out.flush();
		stopped.await();
	}

}
