package com.jainshikanji.order.placement;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PlacementTurnsTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void releaseHeldTurns() {
		this.release.countDown();
	}

	@Test
	void aPlacementThatFindsEveryTurnTakenPastTheLongestWaitIsRefusedWith503AndDoesNotRun() throws Exception {
		PlacementTurns turns = turns(1, Duration.ofMillis(200));
		CompletableFuture<String> holding = holdATurn(turns);

		AtomicBoolean ran = new AtomicBoolean();
		long started = System.nanoTime();
		PlacementsBusy refused = catchBusy(() -> turns.take(() -> ran.getAndSet(true)));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(150),
				Duration.ofSeconds(3));
		assertThat(ran).isFalse();
		assertThat(refused.problemHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(refused.getMessage()).contains("All 1 placement turns");
		this.release.countDown();
		assertThat(holding.get(5, TimeUnit.SECONDS)).isEqualTo("held");
	}

	@Test
	void aPlacementWaitsForTheNextFreeTurnWithinTheLongestWait() throws Exception {
		PlacementTurns turns = turns(1, Duration.ofSeconds(10));
		CompletableFuture<String> holding = holdATurn(turns);
		CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> turns.take(() -> "placed"));
		Thread.sleep(200);
		assertThat(waiting).as("waits while the only turn is taken").isNotDone();

		this.release.countDown();

		assertThat(holding.get(5, TimeUnit.SECONDS)).isEqualTo("held");
		assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("placed");
	}

	@Test
	void aPlacementThatFailsGivesItsTurnBack() {
		PlacementTurns turns = turns(1, Duration.ZERO);

		assertThatIllegalStateException().isThrownBy(() -> turns.take(() -> {
			throw new IllegalStateException("refused downstream");
		}));

		assertThat(turns.take(() -> "placed")).isEqualTo("placed");
		assertThat(availableTurns()).isEqualTo(1);
	}

	@Test
	void theFreeTurnsAreAMetric() throws Exception {
		PlacementTurns turns = turns(3, Duration.ZERO);
		assertThat(availableTurns()).isEqualTo(3);

		holdATurn(turns);

		assertThat(availableTurns()).isEqualTo(2);
	}

	private PlacementTurns turns(int concurrency, Duration maxWait) {
		return new PlacementTurns(new PlacementProperties(concurrency, maxWait), this.meters);
	}

	/** A placement that holds its turn until the test releases it. */
	private CompletableFuture<String> holdATurn(PlacementTurns turns) throws InterruptedException {
		CountDownLatch taken = new CountDownLatch(1);
		CompletableFuture<String> holding = CompletableFuture.supplyAsync(() -> turns.take(() -> {
			taken.countDown();
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "held";
		}));
		assertThat(taken.await(5, TimeUnit.SECONDS)).isTrue();
		return holding;
	}

	private double availableTurns() {
		return this.meters.get("resilience4j.bulkhead.available.concurrent.calls")
			.tag("name", "placement")
			.gauge()
			.value();
	}

	private static PlacementsBusy catchBusy(Runnable placement) {
		return assertThatExceptionOfType(PlacementsBusy.class).isThrownBy(placement::run).actual();
	}

}
