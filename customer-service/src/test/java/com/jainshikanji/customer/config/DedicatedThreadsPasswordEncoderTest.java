package com.jainshikanji.customer.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DedicatedThreadsPasswordEncoderTest {

	@Test
	void hashesOffTheRequestsVirtualThreadAndAnswersWithTheDelegatesResult() throws Exception {
		List<Thread> hashedOn = new ArrayList<>();
		PasswordEncoder recording = new PasswordEncoder() {

			@Override
			public String encode(CharSequence rawPassword) {
				hashedOn.add(Thread.currentThread());
				return "hash-of-" + rawPassword;
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				hashedOn.add(Thread.currentThread());
				return encodedPassword.equals("hash-of-" + rawPassword);
			}

		};
		try (DedicatedThreadsPasswordEncoder encoder = new DedicatedThreadsPasswordEncoder(recording, 1)) {
			Thread request = Thread.ofVirtual().start(() -> {
				assertThat(encoder.encode("secret")).isEqualTo("hash-of-secret");
				assertThat(encoder.matches("secret", "hash-of-secret")).isTrue();
				assertThat(encoder.matches("guess", "hash-of-secret")).isFalse();
			});
			request.join();
		}
		assertThat(hashedOn).hasSize(3).allSatisfy((thread) -> {
			assertThat(thread.isVirtual()).isFalse();
			assertThat(thread.getName()).startsWith("password-hashing-");
		});
	}

	@Test
	void runsNoMoreHashesAtOnceThanItHasThreads() throws Exception {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		CountDownLatch allSubmitted = new CountDownLatch(1);
		PasswordEncoder slow = new PasswordEncoder() {

			@Override
			public String encode(CharSequence rawPassword) {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					allSubmitted.await(5, TimeUnit.SECONDS);
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				return "hash";
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				return false;
			}

		};
		Set<String> answers = ConcurrentHashMap.newKeySet();
		try (DedicatedThreadsPasswordEncoder encoder = new DedicatedThreadsPasswordEncoder(slow, 2);
				ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> logins = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				logins.add(requests.submit(() -> answers.add(encoder.encode("p"))));
			}
			allSubmitted.countDown();
			for (Future<?> login : logins) {
				login.get(10, TimeUnit.SECONDS);
			}
		}
		assertThat(mostAtOnce).hasValue(2);
		assertThat(answers).containsExactly("hash");
	}

	@Test
	void theDelegatesRefusalReachesTheCallerAsItWasThrown() {
		PasswordEncoder refusing = new PasswordEncoder() {

			@Override
			public String encode(CharSequence rawPassword) {
				throw new IllegalArgumentException("password too long");
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				return false;
			}

		};
		try (DedicatedThreadsPasswordEncoder encoder = new DedicatedThreadsPasswordEncoder(refusing, 1)) {
			assertThatIllegalArgumentException().isThrownBy(() -> encoder.encode("x".repeat(100)))
				.withMessage("password too long");
		}
	}

}
