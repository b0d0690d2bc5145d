package com.jainshikanji.inventory.reservation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.inventory.stock.StockLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A reservation's state machine: HELD until committed, released or expired, each once;
 * and once its time is up, only expiry.
 */
class ReservationTest {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	static final Duration TTL = Duration.ofMinutes(15);

	static final Instant DUE = NOW.plus(TTL);

	final UUID store = UUID.randomUUID();

	final UUID lemons = UUID.fromString("00000000-0000-4000-8000-000000000002");

	final UUID khakhra = UUID.fromString("00000000-0000-4000-8000-000000000001");

	Reservation held() {
		return Reservation.hold(UUID.randomUUID(), this.store,
				List.of(new StockLine(this.lemons, 2), new StockLine(this.khakhra, 1)), DUE, UUID.randomUUID(), NOW);
	}

	@Test
	void aNewReservationHoldsItsLinesInProductOrder() {
		Reservation reservation = held();

		assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
		assertThat(reservation.active()).isTrue();
		assertThat(reservation.stockLines()).extracting(StockLine::productId)
			.containsExactly(this.khakhra, this.lemons);
	}

	@Test
	void aRepeatedReserveIsTheSameWhateverTheOrderOfItsLines() {
		Reservation reservation = held();

		assertThat(
				reservation.sameAs(this.store, List.of(new StockLine(this.khakhra, 1), new StockLine(this.lemons, 2))))
			.isTrue();
		assertThat(reservation.sameAs(this.store, List.of(new StockLine(this.khakhra, 1)))).isFalse();
		assertThat(
				reservation.sameAs(this.store, List.of(new StockLine(this.khakhra, 2), new StockLine(this.lemons, 2))))
			.isFalse();
		assertThat(reservation.sameAs(UUID.randomUUID(),
				List.of(new StockLine(this.khakhra, 1), new StockLine(this.lemons, 2))))
			.isFalse();
	}

	@Test
	void committingSellsOnceAndIsFinal() {
		Reservation reservation = held();

		assertThat(reservation.commit(NOW)).isTrue();
		assertThat(reservation.commit(NOW)).isFalse();

		assertThat(reservation.status()).isEqualTo(ReservationStatus.COMMITTED);
		assertThat(reservation.active()).isTrue();
		assertThatExceptionOfType(IllegalReservationTransition.class).isThrownBy(() -> reservation.release(NOW))
			.withMessageContaining("COMMITTED");
		assertThat(reservation.expire(DUE.plusSeconds(1))).isFalse();
	}

	@Test
	void releasingReturnsOnceAndIsFinal() {
		Reservation reservation = held();

		assertThat(reservation.release(NOW)).isTrue();
		assertThat(reservation.release(NOW)).isFalse();

		assertThat(reservation.status()).isEqualTo(ReservationStatus.RELEASED);
		assertThat(reservation.active()).isFalse();
		assertThatExceptionOfType(IllegalReservationTransition.class).isThrownBy(() -> reservation.commit(NOW));
		assertThat(reservation.expire(DUE)).isFalse();
	}

	@Test
	void itExpiresOnlyOnceItsTimeIsUpAndOnlyOnce() {
		Reservation reservation = held();

		assertThat(reservation.due(DUE.minusNanos(1000))).isFalse();
		assertThat(reservation.expire(DUE.minusNanos(1000))).isFalse();
		assertThat(reservation.due(DUE)).isTrue();
		assertThat(reservation.expire(DUE)).isTrue();
		assertThat(reservation.expire(DUE)).isFalse();

		assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
		assertThat(reservation.active()).isFalse();
		assertThat(reservation.due(DUE)).isFalse();
	}

	@Test
	void anExpiredReservationCannotBeCommittedButReleasingItChangesNothing() {
		Reservation reservation = held();
		reservation.expire(DUE);

		assertThatExceptionOfType(IllegalReservationTransition.class).isThrownBy(() -> reservation.commit(DUE))
			.withMessageContaining("EXPIRED");
		assertThat(reservation.release(DUE)).isFalse();
		assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
	}

	@Test
	void aReservationPastItsTimeCannotBeCommittedEvenBeforeItIsExpired() {
		Reservation reservation = held();

		assertThatExceptionOfType(IllegalReservationTransition.class)
			.isThrownBy(() -> reservation.commit(DUE.plusSeconds(1)))
			.withMessageContaining("EXPIRED and cannot become COMMITTED");
		assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
		assertThat(reservation.commit(DUE.minusSeconds(1))).isTrue();
	}

	@Test
	void soldStockComesBackOnceWhenItsOrderIsCancelled() {
		Reservation reservation = held();
		reservation.commit(NOW);

		assertThat(reservation.returnSold(NOW)).isTrue();
		assertThat(reservation.status()).isEqualTo(ReservationStatus.RETURNED);
		assertThat(reservation.active()).isFalse();
		assertThat(reservation.returnSold(NOW)).isFalse();
		assertThatExceptionOfType(IllegalReservationTransition.class).isThrownBy(() -> reservation.commit(NOW));
		assertThatExceptionOfType(IllegalReservationTransition.class).isThrownBy(() -> reservation.release(NOW));
	}

	@Test
	void onlySoldStockCanBeReturned() {
		assertThatExceptionOfType(IllegalReservationTransition.class).isThrownBy(() -> held().returnSold(NOW));
		Reservation released = held();
		released.release(NOW);
		assertThatExceptionOfType(IllegalReservationTransition.class).isThrownBy(() -> released.returnSold(NOW));
	}

}
