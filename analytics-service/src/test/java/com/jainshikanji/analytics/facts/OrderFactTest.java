package com.jainshikanji.analytics.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.jainshikanji.analytics.ScriptedOrder;
import com.jainshikanji.analytics.ScriptedOrder.Product;
import com.jainshikanji.common.events.payment.RefundProcessed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way an order fact takes in an event, without Spring: what each event says, what
 * it leaves to others, and that the same events give the same fact in any order and any
 * number of times.
 */
class OrderFactTest {

	static final Instant PLACED = Instant.parse("2026-03-01T10:15:00Z");

	static final Product SHIKANJI = Product.of("Masala Shikanji", "50.00");

	static final Product SAMOSA = Product.of("Kacha Kela Samosa", "35.00");

	final UUID store = UUID.randomUUID();

	final ScriptedOrder online = ScriptedOrder.at(this.store, PLACED).line(SHIKANJI, 2).line(SAMOSA, 1).build();

	final ScriptedOrder cash = ScriptedOrder.at(this.store, PLACED)
		.paidBy("cod")
		.delivered("30.00")
		.line(SAMOSA, 3)
		.build();

	@Test
	void aNewFactIsPendingAndKnowsNothing() {
		OrderFact fact = fact(this.online);

		assertThat(fact.outcome()).isEqualTo(OrderOutcome.PENDING);
		assertThat(fact.storeId()).isNull();
		assertThat(fact.placedAt()).isNull();
		assertThat(fact.isSale()).isFalse();
	}

	@Test
	void anOnlineOrderIsPendingUntilConfirmed() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.created());

		assertThat(fact.outcome()).isEqualTo(OrderOutcome.PENDING);
		assertThat(fact.storeId()).isEqualTo(this.store);
		assertThat(fact.customerId()).isEqualTo(this.online.customerId);
		assertThat(fact.placedAt()).isEqualTo(PLACED);
		assertThat(fact.placedAtKnown()).isTrue();
		assertThat(fact.deliveryType()).isEqualTo("pickup");
		assertThat(fact.paymentMethod()).isEqualTo("upi");
		assertThat(fact.amounts().total()).isEqualByComparingTo("141.75");
		assertThat(fact.lines()).extracting(LineFact::productName, LineFact::quantity, LineFact::lineTotal)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Masala Shikanji", 2, new BigDecimal("100.00")),
					org.assertj.core.groups.Tuple.tuple("Kacha Kela Samosa", 1, new BigDecimal("35.00")));

		fact.on(this.online.confirmed(Duration.ofMinutes(1)));

		assertThat(fact.outcome()).isEqualTo(OrderOutcome.CONFIRMED);
		assertThat(fact.isSale()).isTrue();
	}

	@Test
	void aCashOrderIsConfirmedAtCreation() {
		OrderFact fact = fact(this.cash);
		fact.on(this.cash.created());

		assertThat(fact.outcome()).isEqualTo(OrderOutcome.CONFIRMED);
		assertThat(fact.amounts().deliveryFee()).isEqualByComparingTo("30.00");
		assertThat(fact.amounts().total()).isEqualByComparingTo("140.25");
	}

	@Test
	void deliveryMakesASaleDelivered() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.created());
		fact.on(this.online.confirmed(Duration.ofMinutes(1)));
		fact.on(this.online.delivered(Duration.ofMinutes(30)));

		assertThat(fact.outcome()).isEqualTo(OrderOutcome.DELIVERED);
		assertThat(fact.isSale()).isTrue();
	}

	@Test
	void aCancellationIsFinalWhateverArrivesAfterIt() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.created());
		fact.on(this.online.cancelled("confirmed", Duration.ofMinutes(4)));
		fact.on(this.online.confirmed(Duration.ofMinutes(1)));
		fact.on(this.online.changed("confirmed", "preparing", 2, Duration.ofMinutes(2)));

		assertThat(fact.outcome()).isEqualTo(OrderOutcome.CANCELLED);
		assertThat(fact.isSale()).isFalse();
	}

	@Test
	void aCancellationBeforeItsCreationStillEndsCancelledOnTheDayOfPlacement() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.cancelled("pending", Duration.ofHours(20)));

		assertThat(fact.outcome()).isEqualTo(OrderOutcome.CANCELLED);
		assertThat(fact.storeId()).isEqualTo(this.store);
		assertThat(fact.amounts().total()).isEqualByComparingTo(this.online.total());
		assertThat(fact.placedAt()).as("provisionally, the moment of the only event known")
			.isEqualTo(PLACED.plus(Duration.ofHours(20)));
		assertThat(fact.placedAtKnown()).isFalse();

		fact.on(this.online.created());

		assertThat(fact.outcome()).isEqualTo(OrderOutcome.CANCELLED);
		assertThat(fact.placedAt()).isEqualTo(PLACED);
		assertThat(fact.placedAtKnown()).isTrue();
	}

	@Test
	void untilTheCreationArrivesTheOrderCountsOnTheEarliestMomentItsEventsName() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.delivered(Duration.ofMinutes(40)));
		fact.on(this.online.changed("pending", "confirmed", 1, Duration.ofMinutes(2)));

		assertThat(fact.placedAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(2)));
		assertThat(fact.outcome()).isEqualTo(OrderOutcome.DELIVERED);
	}

	@Test
	void theStatusFollowsTheHighestSequenceAndAnyStatusPastPendingMeansConfirmed() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.created());
		fact.on(this.online.changed("preparing", "ready", 3, Duration.ofMinutes(10)));
		fact.on(this.online.changed("confirmed", "preparing", 2, Duration.ofMinutes(3)));

		assertThat(fact.status()).isEqualTo("ready");
		assertThat(fact.outcome()).isEqualTo(OrderOutcome.CONFIRMED);
	}

	@Test
	void aStatusChangeToDeliveredOrCancelledDecidesTheOutcomeToo() {
		OrderFact delivered = fact(this.online);
		delivered.on(this.online.changed("ready", "delivered", 4, Duration.ofMinutes(30)));
		OrderFact refunded = fact(this.cash);
		refunded.on(this.cash.changed("cancelled", "refunded", 3, Duration.ofDays(1)));

		assertThat(delivered.outcome()).isEqualTo(OrderOutcome.DELIVERED);
		assertThat(refunded.outcome()).isEqualTo(OrderOutcome.CANCELLED);
	}

	@Test
	void aPaymentBeforeItsOrderIsKeptAndTheOrderCountsOnlyOnceItsEventsArrive() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.paid(Duration.ofMinutes(1)));

		assertThat(fact.storeId()).isNull();
		assertThat(fact.paidAmount()).isEqualByComparingTo(this.online.total());
		assertThat(fact.paymentMethod()).isEqualTo("upi");
		assertThat(fact.isSale()).isFalse();

		fact.on(this.online.created());
		fact.on(this.online.confirmed(Duration.ofMinutes(1)));

		assertThat(fact.isSale()).isTrue();
	}

	@Test
	void refundsAddUpOncePerRefund() {
		OrderFact fact = fact(this.online);
		RefundProcessed first = this.online.refunded("40.00", Duration.ofDays(1));
		RefundProcessed second = this.online.refunded("10.50", Duration.ofDays(2));
		fact.on(first);
		fact.on(second);
		fact.on(first);

		assertThat(fact.refunded()).isEqualByComparingTo("50.50");
	}

	@Test
	void aRefundOfASecondPaymentIsNoRefundOfTheOrder() {
		UUID duplicate = UUID.randomUUID();
		OrderFact fact = fact(this.online);
		fact.on(this.online.created());
		fact.on(this.online.paid(Duration.ofMinutes(1)));
		fact.on(this.online.confirmed(Duration.ofMinutes(1)));
		fact.on(this.online.paid(duplicate, Duration.ofMinutes(2)));
		fact.on(this.online.refunded(duplicate, this.online.total().toPlainString(), Duration.ofMinutes(3)));

		assertThat(fact.paidBy()).isEqualTo(this.online.paymentId);
		assertThat(fact.isSale()).isTrue();
		assertThat(fact.refunded()).isEqualByComparingTo("0");
	}

	@Test
	void aRefundSeenBeforeTheConfirmationCountsUntilTheConfirmationNamesAnotherPayment() {
		UUID duplicate = UUID.randomUUID();
		OrderFact fact = fact(this.online);
		fact.on(this.online.refunded(duplicate, this.online.total().toPlainString(), Duration.ofMinutes(3)));

		assertThat(fact.refunded()).as("which payment paid is not known yet").isEqualByComparingTo(this.online.total());

		fact.on(this.online.confirmed(Duration.ofMinutes(1)));

		assertThat(fact.refunded()).isEqualByComparingTo("0");
	}

	@Test
	void aPartialRefundOfThePaymentThatPaidCountsBesideARefundedDuplicate() {
		UUID duplicate = UUID.randomUUID();
		OrderFact fact = fact(this.online);
		fact.on(this.online.confirmed(Duration.ofMinutes(1)));
		fact.on(this.online.refunded(duplicate, this.online.total().toPlainString(), Duration.ofMinutes(3)));
		fact.on(this.online.refunded("20.00", Duration.ofDays(1)));

		assertThat(fact.refunded()).isEqualByComparingTo("20.00");
	}

	@Test
	void aCashOrdersRefundCountsThoughItsConfirmationNamesNoPayment() {
		OrderFact fact = fact(this.cash);
		fact.on(this.cash.created());
		fact.on(this.cash.confirmed(Duration.ZERO));
		fact.on(this.cash.paid(Duration.ofMinutes(40)));
		fact.on(this.cash.refunded("30.00", Duration.ofDays(1)));

		assertThat(fact.paidBy()).isNull();
		assertThat(fact.refunded()).isEqualByComparingTo("30.00");
	}

	@Test
	void aRefundedDuplicatePaymentGivesTheSameFactInEveryOrderAndWhenRepeated() {
		UUID duplicate = UUID.randomUUID();
		RefundProcessed duplicateRefunded = this.online.refunded(duplicate, this.online.total().toPlainString(),
				Duration.ofMinutes(3));
		RefundProcessed partly = this.online.refunded("20.00", Duration.ofDays(1));
		List<Consumer<OrderFact>> events = List.of((f) -> f.on(this.online.created()),
				(f) -> f.on(this.online.paid(Duration.ofMinutes(1))),
				(f) -> f.on(this.online.confirmed(Duration.ofMinutes(1))),
				(f) -> f.on(this.online.paid(duplicate, Duration.ofMinutes(2))), (f) -> f.on(duplicateRefunded),
				(f) -> f.on(partly));

		for (List<Consumer<OrderFact>> order : permutations(events)) {
			OrderFact fact = fact(this.online);
			order.forEach((event) -> event.accept(fact));
			order.forEach((event) -> event.accept(fact));

			assertThat(List.of(fact.outcome(), fact.paidBy(), fact.refunded())).containsExactly(OrderOutcome.CONFIRMED,
					this.online.paymentId, new BigDecimal("20.00"));
		}
	}

	@Test
	void theAmountPaidIsThatOfThePaymentThatPaidNotOfAnotherCompletingLater() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.created());
		fact.on(this.online.paid(Duration.ofMinutes(1)));
		fact.on(this.online.confirmed(Duration.ofMinutes(1)));

		fact.on(this.online.paid(UUID.randomUUID(), "99.00", Duration.ofMinutes(3)));

		assertThat(fact.paidAmount()).isEqualByComparingTo(this.online.total());
		assertThat(fact.paidAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(1)));
	}

	@Test
	void untilTheConfirmationNamesThePaymentThatPaidTheFirstToCompleteCounts() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.paid(UUID.randomUUID(), "99.00", Duration.ofMinutes(1)));
		fact.on(this.online.paid(Duration.ofMinutes(2)));

		assertThat(fact.paidAmount()).as("which payment paid is not known yet").isEqualByComparingTo("99.00");

		fact.on(this.online.confirmed(Duration.ofMinutes(2)));

		assertThat(fact.paidAmount()).isEqualByComparingTo(this.online.total());
		assertThat(fact.paidAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(2)));
	}

	@Test
	void aConfirmationNamingAPaymentNotSeenYetLeavesNothingPaidUntilThatPaymentArrives() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.paid(UUID.randomUUID(), "99.00", Duration.ofMinutes(1)));
		fact.on(this.online.confirmed(Duration.ofMinutes(2)));

		assertThat(fact.paidAmount()).isNull();
		assertThat(fact.paidAt()).isNull();

		fact.on(this.online.paid(Duration.ofMinutes(2)));

		assertThat(fact.paidAmount()).isEqualByComparingTo(this.online.total());
	}

	@Test
	void aCashOrderIsPaidByItsOnlyPaymentThoughItsConfirmationNamesNone() {
		OrderFact fact = fact(this.cash);
		fact.on(this.cash.created());
		fact.on(this.cash.confirmed(Duration.ZERO));
		fact.on(this.cash.paid(Duration.ofMinutes(40)));

		assertThat(fact.paidAmount()).isEqualByComparingTo(this.cash.total());
		assertThat(fact.paidAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(40)));
	}

	/**
	 * The other payment completes first and last, for another amount: only the
	 * confirmation tells them apart.
	 */
	@Test
	void theAmountPaidIsTheSameInEveryOrderAndWhenRepeated() {
		UUID early = UUID.randomUUID();
		UUID late = UUID.randomUUID();
		List<Consumer<OrderFact>> events = List.of((f) -> f.on(this.online.created()),
				(f) -> f.on(this.online.paid(early, "99.00", Duration.ofMinutes(1))),
				(f) -> f.on(this.online.paid(Duration.ofMinutes(2))),
				(f) -> f.on(this.online.confirmed(Duration.ofMinutes(2))),
				(f) -> f.on(this.online.paid(late, "150.00", Duration.ofMinutes(3))),
				(f) -> f.on(this.online.refunded(late, "150.00", Duration.ofMinutes(4))));

		for (List<Consumer<OrderFact>> order : permutations(events)) {
			OrderFact fact = fact(this.online);
			order.forEach((event) -> event.accept(fact));
			order.forEach((event) -> event.accept(fact));

			assertThat(List.of(fact.paidBy(), fact.paidAmount(), fact.paidAt(), fact.refunded())).containsExactly(
					this.online.paymentId, this.online.total(), PLACED.plus(Duration.ofMinutes(2)), BigDecimal.ZERO);
		}
	}

	@Test
	void failedPaymentsAreCounted() {
		OrderFact fact = fact(this.online);
		fact.on(this.online.paymentFailed(Duration.ofMinutes(1)));
		fact.on(this.online.paymentFailed(Duration.ofMinutes(2)));

		assertThat(fact.failedPayments()).isEqualTo(2);
		assertThat(fact.outcome()).isEqualTo(OrderOutcome.PENDING);
	}

	@Test
	void theSameEventsGiveTheSameFactInEveryOrderAndWhenRepeated() {
		RefundProcessed refund = this.online.refunded("20.00", Duration.ofDays(1));
		List<Consumer<OrderFact>> events = List.of((f) -> f.on(this.online.created()),
				(f) -> f.on(this.online.paid(Duration.ofMinutes(1))),
				(f) -> f.on(this.online.confirmed(Duration.ofMinutes(1))),
				(f) -> f.on(this.online.changed("confirmed", "preparing", 2, Duration.ofMinutes(3))),
				(f) -> f.on(this.online.delivered(Duration.ofMinutes(30))), (f) -> f.on(refund));
		OrderFact expected = fact(this.online);
		events.forEach((event) -> event.accept(expected));

		for (List<Consumer<OrderFact>> order : permutations(events)) {
			OrderFact fact = fact(this.online);
			order.forEach((event) -> event.accept(fact));
			order.forEach((event) -> event.accept(fact));

			assertThat(state(fact)).isEqualTo(state(expected));
		}
		assertThat(state(expected)).containsExactly(OrderOutcome.DELIVERED, PLACED, this.store, "preparing",
				new BigDecimal("20.00"), this.online.total(), 2);
	}

	/**
	 * Cash on delivery handed over without the cash collected is no sale, whichever of
	 * its events comes first and however often; an online order, which the order service
	 * delivers with {@code cashCollected} false, is delivered as ever.
	 */
	@Test
	void aCashOrderDeliveredWithoutItsCashIsNoSaleInEveryOrderAndWhenRepeated() {
		List<Consumer<OrderFact>> events = List.of((f) -> f.on(this.cash.created()),
				(f) -> f.on(this.cash.confirmed(Duration.ZERO)),
				(f) -> f.on(this.cash.changed("out_for_delivery", "delivered", 5, Duration.ofMinutes(40))),
				(f) -> f.on(this.cash.deliveredUnpaid(Duration.ofMinutes(40))));

		for (List<Consumer<OrderFact>> order : permutations(events)) {
			OrderFact fact = fact(this.cash);
			order.forEach((event) -> event.accept(fact));
			order.forEach((event) -> event.accept(fact));

			assertThat(fact.outcome()).isEqualTo(OrderOutcome.DELIVERED_UNPAID);
			assertThat(fact.isSale()).isFalse();
		}
		assertThat(this.online.delivered(Duration.ZERO).cashCollected()).isFalse();
	}

	@Test
	void aCashOrderWithNothingToPayIsASaleThoughNoCashWasCollected() {
		ScriptedOrder paidByPoints = ScriptedOrder.at(this.store, PLACED)
			.paidBy("cod")
			.discount("52.50")
			.line(SHIKANJI, 1)
			.build();
		OrderFact fact = fact(paidByPoints);
		fact.on(paidByPoints.created());
		fact.on(paidByPoints.deliveredUnpaid(Duration.ofMinutes(20)));

		assertThat(paidByPoints.total()).isZero();
		assertThat(fact.outcome()).isEqualTo(OrderOutcome.DELIVERED);
	}

	private static List<Object> state(OrderFact fact) {
		return List.of(fact.outcome(), fact.placedAt(), fact.storeId(), fact.status(), fact.refunded(),
				fact.amounts().total(), fact.lines().size());
	}

	private static OrderFact fact(ScriptedOrder order) {
		return new OrderFact(order.orderId, Instant.EPOCH);
	}

	private static <T> List<List<T>> permutations(List<T> items) {
		if (items.isEmpty()) {
			return List.of(List.of());
		}
		List<List<T>> all = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			List<T> rest = new ArrayList<>(items);
			T first = rest.remove(i);
			for (List<T> tail : permutations(rest)) {
				List<T> permutation = new ArrayList<>();
				permutation.add(first);
				permutation.addAll(tail);
				all.add(permutation);
			}
		}
		return all;
	}

}
