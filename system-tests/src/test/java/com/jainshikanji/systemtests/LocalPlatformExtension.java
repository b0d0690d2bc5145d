package com.jainshikanji.systemtests;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the local platform once per test JVM and shares it: it lives in the root
 * context's store, which closes it (and so stops the platform) when the whole run ends. A
 * test that stopped the platform on purpose gets a fresh one for the next class. Prints
 * each test class's wall time, platform start excluded.
 */
class LocalPlatformExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(LocalPlatformExtension.class);

	private static final String FAILED_START = "failed-start";

	@Override
	public void beforeAll(ExtensionContext context) {
		// Waiting tests poll through the gateway, which budgets anonymous calls per
		// client.
		Awaitility.setDefaultPollInterval(Duration.ofMillis(500));
		platform(context);
		context.getStore(NAMESPACE).put("started", System.nanoTime());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Long started = context.getStore(NAMESPACE).get("started", Long.class);
		if (started != null) {
			System.out.printf("[system-tests] %s: %.1f s%n", context.getRequiredTestClass().getSimpleName(),
					(System.nanoTime() - started) / 1e9);
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == LocalPlatform.class || type == Gateway.class || type == Mailbox.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		LocalPlatform platform = platform(context);
		Class<?> type = parameter.getParameter().getType();
		if (type == LocalPlatform.class) {
			return platform;
		}
		if (type == Gateway.class) {
			return platform.gateway();
		}
		if (type == Mailbox.class) {
			return platform.mailbox();
		}
		throw new ParameterResolutionException("Not a platform parameter: " + parameter);
	}

	private static synchronized LocalPlatform platform(ExtensionContext context) {
		ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
		// A platform that did not start fails every later class at once, rather than each
		// waiting for READY again.
		Throwable failed = store.get(FAILED_START, Throwable.class);
		if (failed != null) {
			throw new IllegalStateException("The local platform did not start (see the first failure)", failed);
		}
		LocalPlatform platform = store.get(LocalPlatform.class, LocalPlatform.class);
		if (platform == null || !platform.isRunning()) {
			if (platform != null) {
				platform.close();
			}
			try {
				platform = start();
			}
			catch (RuntimeException | AssertionError ex) {
				store.put(FAILED_START, ex);
				throw ex;
			}
			store.put(LocalPlatform.class, platform);
		}
		return platform;
	}

	private static LocalPlatform start() {
		try {
			return LocalPlatform.start();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
