package com.jainshikanji.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmptyBucketsTest {

	private final AtomicLong clock = new AtomicLong(1_000_000_000L);

	private final EmptyBuckets buckets = new EmptyBuckets(this.clock::get);

	@Test
	void aBucketIsEmptyFromWhenRedisWasAskedUntilItsNextTokenIsDue() {
		long askedAt = this.buckets.now();
		this.clock.addAndGet(Duration.ofMillis(40).toNanos());
		// Redis answered 40 ms after it was asked: the 500 ms count from the asking.
		this.buckets.empty("ip:a", askedAt, Duration.ofMillis(500));
		assertThat(this.buckets.emptyFor("ip:a")).isEqualTo(Duration.ofMillis(460));
		assertThat(this.buckets.emptyFor("ip:b")).isNull();
		this.clock.addAndGet(Duration.ofMillis(459).toNanos());
		assertThat(this.buckets.emptyFor("ip:a")).isEqualTo(Duration.ofMillis(1));
		this.clock.addAndGet(Duration.ofMillis(1).toNanos());
		assertThat(this.buckets.emptyFor("ip:a")).isNull();
		assertThat(this.buckets.size()).as("a bucket due again is forgotten").isZero();
	}

	@Test
	void twoRefusalsKeepTheLaterMoment() {
		long first = this.buckets.now();
		this.clock.addAndGet(Duration.ofMillis(100).toNanos());
		long second = this.buckets.now();
		this.buckets.empty("user:u", second, Duration.ofMillis(300));
		this.buckets.empty("user:u", first, Duration.ofMillis(300));
		assertThat(this.buckets.emptyFor("user:u")).isEqualTo(Duration.ofMillis(300));
	}

	@Test
	void beyondItsLimitItDropsWhatIsDueAndThenEverything() {
		for (int i = 0; i < EmptyBuckets.LIMIT - 1; i++) {
			this.buckets.empty("ip:" + i, this.buckets.now(), Duration.ofMillis((i % 2 == 0) ? 10 : 1000));
		}
		this.clock.addAndGet(Duration.ofMillis(10).toNanos());
		this.buckets.empty("ip:late", this.buckets.now(), Duration.ofSeconds(1));
		this.buckets.empty("ip:later", this.buckets.now(), Duration.ofSeconds(1));
		assertThat(this.buckets.size()).as("the half that was due dropped").isEqualTo(EmptyBuckets.LIMIT / 2 + 1);
		assertThat(this.buckets.emptyFor("ip:1")).isNotNull();
		assertThat(this.buckets.emptyFor("ip:0")).isNull();

		for (int i = 0; this.buckets.size() < EmptyBuckets.LIMIT; i++) {
			this.buckets.empty("user:" + i, this.buckets.now(), Duration.ofSeconds(1));
		}
		this.buckets.empty("ip:last", this.buckets.now(), Duration.ofSeconds(1));
		assertThat(this.buckets.size()).as("nothing due: everything forgotten, then the new one").isEqualTo(1);
		assertThat(this.buckets.emptyFor("ip:last")).isNotNull();
	}

	@Test
	void aPruneThatLeavesMostOfThemForgetsThemAllSoTheNextRefusalsScanNothing() {
		for (int i = 0; i < EmptyBuckets.LIMIT; i++) {
			// One in five due soon: dropping them leaves four fifths, too many to keep.
			this.buckets.empty("ip:" + i, this.buckets.now(), Duration.ofMillis((i % 5 == 0) ? 10 : 1000));
		}
		this.clock.addAndGet(Duration.ofMillis(10).toNanos());
		this.buckets.empty("ip:new", this.buckets.now(), Duration.ofSeconds(1));
		assertThat(this.buckets.size()).isEqualTo(1);
		assertThat(this.buckets.emptyFor("ip:1")).isNull();
		assertThat(this.buckets.emptyFor("ip:new")).isNotNull();
	}

	@Test
	void forgettingMakesEveryBucketRedisToDecideAgain() {
		this.buckets.empty("ip:a", this.buckets.now(), Duration.ofSeconds(5));
		this.buckets.forget();
		assertThat(this.buckets.emptyFor("ip:a")).isNull();
	}

}
