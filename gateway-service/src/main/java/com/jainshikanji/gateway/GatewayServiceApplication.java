package com.jainshikanji.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's front door: authenticates, rate-limits and routes every client request
 * to the service that owns it. It holds no business logic; the services check the token
 * and the caller's rights again themselves.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayServiceApplication {

	static final String IO_WORKER_COUNT = "reactor.netty.ioWorkerCount";

	public static void main(String[] args) {
		useOneEventLoopPerCore();
		SpringApplication.run(GatewayServiceApplication.class, args);
	}

	/**
	 * Reactor Netty runs at least four event loops, whatever the cores. On two cores,
	 * four loops shared by the server and the client side of every proxied request cost
	 * more in thread wake-ups than the proxying itself (measured: see
	 * docs/performance.md); one loop per core, unless the JVM is told otherwise with
	 * {@code -Dreactor.netty.ioWorkerCount}.
	 */
	static void useOneEventLoopPerCore() {
		if (System.getProperty(IO_WORKER_COUNT) == null) {
			System.setProperty(IO_WORKER_COUNT, String.valueOf(Runtime.getRuntime().availableProcessors()));
		}
	}

}
