package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.order.RefundRequested;
import com.jainshikanji.common.money.Money;
import com.jainshikanji.order.order.Order.PaymentOutcome;
import com.jainshikanji.order.order.Order.PaymentReceipt;

import static com.jainshikanji.order.order.OrderStatus.CANCELLED;
import static com.jainshikanji.order.order.OrderStatus.CONFIRMED;
import static com.jainshikanji.order.order.OrderStatus.DELIVERED;
import static com.jainshikanji.order.order.OrderStatus.OUT_FOR_DELIVERY;
import static com.jainshikanji.order.order.OrderStatus.PENDING;
import static com.jainshikanji.order.order.OrderStatus.PREPARING;
import static com.jainshikanji.order.order.OrderStatus.READY;
import static com.jainshikanji.order.order.OrderStatus.REFUNDED;
import static com.jainshikanji.order.order.TestOrders.LEAD;
import static com.jainshikanji.order.order.TestOrders.NOW;
import static com.jainshikanji.order.order.TestOrders.anOrder;
import static com.jainshikanji.order.order.TestOrders.eventsOf;
import static com.jainshikanji.order.order.TestOrders.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The order's lifecycle and rules, without Spring or a database. */
class OrderTest {

	static final Actor STAFF = new Actor(UUID.randomUUID(), Actor.Role.STAFF, null);

	static final Actor CUSTOMER = Actor.customer(TestOrders.CUSTOMER, "Asha Mehta");

	@Nested
	class Placing {

		@Test
		void anOnlineOrderAwaitsItsPaymentForThePaymentWindow() {
			Order order = anOrder().placed();

			assertThat(order.status()).isEqualTo(PENDING);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
			assertThat(order.paymentDueBy()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
			assertThat(order.events()).singleElement().isInstanceOfSatisfying(OrderCreated.class, (created) -> {
				assertThat(created.status()).isEqualTo("pending");
				assertThat(created.paymentDueBy()).isEqualTo(order.paymentDueBy());
				assertThat(created.lines()).singleElement()
					.satisfies((line) -> assertThat(line.lineTotal()).isEqualByComparingTo("80.00"));
				assertThat(created.amounts().total()).isEqualByComparingTo(order.amounts().total().amount());
			});
			assertThat(order.timeline()).singleElement().satisfies((entry) -> {
				assertThat(entry.status()).isEqualTo(PENDING);
				assertThat(entry.toResponse().by()).isEqualTo("customer");
				assertThat(entry.toResponse().byName()).isEqualTo("Asha Mehta");
			});
		}

		@Test
		void aCashOnDeliveryOrderIsConfirmedAtOnceWithItsPaymentStillToCome() {
			Order order = anOrder().cashOnDelivery().placed();

			assertThat(order.status()).isEqualTo(CONFIRMED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
			assertThat(order.paymentDueBy()).isNull();
			assertThat(order.events()).hasSize(2);
			assertThat(order.events()).first()
				.isInstanceOfSatisfying(OrderCreated.class,
						(created) -> assertThat(created.status()).isEqualTo("confirmed"));
			assertThat(order.events()).last()
				.isInstanceOfSatisfying(OrderConfirmed.class,
						(confirmed) -> assertThat(confirmed.paymentId()).isNull());
		}

		@Test
		void anOrderWithNothingToPayIsConfirmedAndPaidAtOnceWhateverItsPaymentMethod() {
			for (PaymentMethod method : PaymentMethod.values()) {
				Order order = anOrder().paidBy(method)
					.pickup()
					.with(item("Masala Shikanji", "50.00", 1))
					.coupon("RW-7K3M9QXD", "50.00")
					.placed();

				assertThat(order.amounts().total()).as(method.code()).isEqualTo(Money.of("0.00"));
				assertThat(order.status()).as(method.code()).isEqualTo(CONFIRMED);
				assertThat(order.paymentStatus()).as(method.code()).isEqualTo(PaymentStatus.COMPLETED);
				assertThat(order.paymentDueBy()).as(method.code()).isNull();
				assertThat(order.events()).as(method.code())
					.hasExactlyElementsOfTypes(OrderCreated.class, OrderConfirmed.class);
				assertThat(order.timeline()).singleElement()
					.satisfies((entry) -> assertThat(entry.note()).isEqualTo("Order placed; nothing to pay"));
			}
		}

		@Test
		void anOnlineOrderLeftWithLessThanTheProviderTakesIsRefusedButCashOnDeliveryTakesIt() {
			// 50.00 - 49.10 = 0.90; 5% GST 0.05 (0.045 rounded up): 0.95 to pay.
			TestOrders almostFree = anOrder().pickup()
				.with(item("Masala Shikanji", "50.00", 1))
				.coupon("ALMOST", "49.10");

			assertThatExceptionOfType(OnlinePaymentTooSmall.class).isThrownBy(almostFree::placed)
				.withMessageContaining("INR 0.95")
				.withMessageContaining("INR 1.00");
			Order cash = almostFree.paidBy(PaymentMethod.COD).placed();
			assertThat(cash.amounts().total()).isEqualTo(Money.of("0.95"));
			assertThat(cash.status()).isEqualTo(CONFIRMED);
			assertThat(anOrder().pickup()
				.with(item("Masala Shikanji", "50.00", 1))
				.coupon("ALMOST", "49.05")
				.placed()
				.status()).as("exactly the minimum: 0.95 + 0.05 GST").isEqualTo(PENDING);
		}

		@Test
		void theServerAddsUpTheAmounts() {
			Order order = anOrder().with(item("Masala Shikanji", "50.00", 2))
				.with(item("Jain Kachori", "35.50", 1))
				.deliveryFee("15.00")
				.placed();

			OrderAmounts amounts = order.amounts();
			assertThat(amounts.subtotal()).isEqualTo(Money.of("135.50"));
			assertThat(amounts.tax()).isEqualTo(Money.of("6.78"));
			assertThat(amounts.deliveryFee()).isEqualTo(Money.of("15.00"));
			assertThat(amounts.discount()).isEqualTo(Money.ZERO);
			assertThat(amounts.total()).isEqualTo(Money.of("157.28"));
		}

		@Test
		void taxIsRoundedHalfUpToThePaisa() {
			// 10.10 x 5% = 0.505: half up gives 0.51 (half even would give 0.50).
			assertThat(anOrder().with(item("Nimbu Pani", "10.10", 1)).pickup().placed().amounts().tax())
				.isEqualTo(Money.of("0.51"));
			// 33.33 x 3 = 99.99; x 5% = 4.9995 -> 5.00
			assertThat(anOrder().with(item("Jaljeera", "33.33", 3)).placed().amounts().tax())
				.isEqualTo(Money.of("5.00"));
			assertThat(anOrder().taxRate("0.18").with(item("Soda", "10.01", 1)).placed().amounts().tax())
				.isEqualTo(Money.of("1.80"));
		}

		@Test
		void taxIsOnTheSubtotalAfterDiscountsAndDiscountsNeverExceedIt() {
			OrderAmounts amounts = OrderAmounts.of(Money.of("100.00"), Money.of("20.00"), Money.of("10.00"),
					Money.of("5.00"), new BigDecimal("0.05"));
			assertThat(amounts.tax()).isEqualTo(Money.of("4.25"));
			assertThat(amounts.total()).isEqualTo(Money.of("109.25"));
			assertThatThrownBy(() -> OrderAmounts.of(Money.of("10.00"), Money.ZERO, Money.of("10.01"), Money.ZERO,
					new BigDecimal("0.05")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("exceed the subtotal");
		}

		@Test
		void pickupAndDineInHaveNoDeliveryFeeNorAddress() {
			Order order = anOrder().pickup().placed();

			assertThat(order.amounts().deliveryFee()).isEqualTo(Money.ZERO);
			assertThat(order.toResponse().deliveryAddress()).isNull();
			assertThatThrownBy(() -> new NewOrder(UUID.randomUUID(), "ORD", anOrder().details().customer(),
					TestOrders.STORE, DeliveryType.DINE_IN, anOrder().details().address(), PaymentMethod.COD,
					List.of(item("Soda", "20.00", 1)), Money.ZERO, BigDecimal.ZERO, null, null, null,
					UUID.randomUUID()))
				.isInstanceOf(IllegalArgumentException.class);
		}

		@Test
		void theEstimateCountsFromNowOrFromTheScheduledTime() {
			assertThat(anOrder().placed().toResponse().estimatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
			assertThat(anOrder().scheduledFor(NOW.plus(Duration.ofHours(3))).placed().toResponse().estimatedAt())
				.isEqualTo(NOW.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(30)));
		}

		/**
		 * Notifications tell the customer when to expect it from these: a scheduled
		 * order's day and time, a delivery's arrival rather than the kitchen's.
		 */
		@Test
		void thePlacementAndTheConfirmationCarryTheOrdersScheduleAndEstimate() {
			Instant tomorrow = NOW.plus(Duration.ofHours(18));
			Order scheduled = anOrder().pickup().cashOnDelivery().scheduledFor(tomorrow).placed();
			Order asSoonAsPossible = anOrder().placed();
			List<Object> events = new ArrayList<>(scheduled.events());
			events.addAll(asSoonAsPossible.events());
			events.addAll(eventsOf(asSoonAsPossible, () -> asSoonAsPossible
				.recordPayment(new PaymentReceipt(UUID.randomUUID(), asSoonAsPossible.amounts().total()), NOW)));

			assertThat(events).filteredOn(OrderCreated.class::isInstance)
				.map(OrderCreated.class::cast)
				.extracting(OrderCreated::scheduledFor, OrderCreated::estimatedAt)
				.containsExactly(tuple(tomorrow, tomorrow.plus(Duration.ofMinutes(30))),
						tuple(null, NOW.plus(Duration.ofMinutes(30))));
			assertThat(events).filteredOn(OrderConfirmed.class::isInstance)
				.map(OrderConfirmed.class::cast)
				.extracting(OrderConfirmed::scheduledFor, OrderConfirmed::estimatedAt)
				.containsExactly(tuple(tomorrow, tomorrow.plus(Duration.ofMinutes(30))),
						tuple(null, NOW.plus(Duration.ofMinutes(30))));
			assertThat(asSoonAsPossible.toResponse().estimatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
		}

	}

	@Nested
	class RunningAtTheStore {

		@Test
		void aDeliveryOrderGoesThroughEveryStep() {
			Order order = anOrder().confirmed();
			UUID rider = UUID.randomUUID();
			List<OrderStatus> seen = new ArrayList<>();
			for (OrderStatus step : List.of(PREPARING, READY, OUT_FOR_DELIVERY, DELIVERED)) {
				if (step == OUT_FOR_DELIVERY) {
					order.assignDeliveryPerson(rider, NOW);
				}
				long sequence = order.statusSequence();
				OrderStatus from = order.status();
				List<Object> events = eventsOf(order, () -> order.advance(step, STAFF, "on it", null, LEAD, NOW));
				assertThat(events).first().isInstanceOfSatisfying(OrderStatusChanged.class, (changed) -> {
					assertThat(changed.from()).isEqualTo(from.code());
					assertThat(changed.to()).isEqualTo(step.code());
					assertThat(changed.note()).isEqualTo("on it");
					assertThat(changed.sequence()).isEqualTo(sequence + 1);
				});
				seen.add(order.status());
			}
			assertThat(seen).containsExactly(PREPARING, READY, OUT_FOR_DELIVERY, DELIVERED);
			assertThat(order.timeline()).extracting(TimelineEntry::status)
				.containsExactly(PENDING, CONFIRMED, PREPARING, READY, OUT_FOR_DELIVERY, DELIVERED);
			TimelineResponse last = order.timeline().getLast().toResponse();
			assertThat(last.by()).isEqualTo("staff");
			assertThat(last.byUserId()).isEqualTo(STAFF.userId());
			assertThat(last.note()).isEqualTo("on it");
		}

		@ParameterizedTest
		@EnumSource(value = DeliveryType.class, names = { "PICKUP", "DINE_IN" })
		void pickupAndDineInSkipOutForDelivery(DeliveryType type) {
			Order order = anOrder().to(type).at(READY);

			assertThat(order.nextStep()).isEqualTo(DELIVERED);
			assertThatThrownBy(() -> order.advance(OUT_FOR_DELIVERY, STAFF, null, null, LEAD, NOW))
				.isInstanceOf(IllegalOrderTransition.class);
			order.advance(DELIVERED, STAFF, "Handed over", null, LEAD, NOW);
			assertThat(order.status()).isEqualTo(DELIVERED);
		}

		@ParameterizedTest(name = "{0} -> {1}")
		@MethodSource("com.jainshikanji.order.order.OrderTest#illegalSteps")
		void everyOtherMoveIsRefusedNamingBothStatuses(OrderStatus from, OrderStatus to) {
			Order order = orderIn(from);
			List<Object> events = new ArrayList<>();

			assertThatThrownBy(
					() -> events.addAll(eventsOf(order, () -> order.advance(to, STAFF, null, true, LEAD, NOW))))
				.isInstanceOfSatisfying(IllegalOrderTransition.class, (refused) -> {
					assertThat(refused.getMessage()).contains("is " + from.code(), "cannot become " + to.code());
					assertThat(refused.problemProperties()).containsEntry("currentStatus", from.code())
						.containsEntry("requestedStatus", to.code());
				});
			assertThat(order.status()).isEqualTo(from);
			assertThat(events).isEmpty();
		}

		/**
		 * An order for later has its stock taken when it is placed and sits in the queue
		 * from then on: the kitchen starts on it within the lead time before its time,
		 * and every later step comes after that.
		 */
		@Test
		void aScheduledOrderIsPreparedNoEarlierThanTheLeadTimeBeforeItsTime() {
			Instant due = NOW.plus(Duration.ofHours(3));
			Order order = anOrder().cashOnDelivery().scheduledFor(due).confirmed();
			Instant startsFrom = due.minus(LEAD);

			for (Instant early : List.of(NOW, startsFrom.minusSeconds(1))) {
				List<Object> events = new ArrayList<>();
				assertThatExceptionOfType(ScheduledOrderNotDue.class)
					.isThrownBy(() -> events
						.addAll(eventsOf(order, () -> order.advance(PREPARING, STAFF, null, null, LEAD, early))))
					.withMessage("Order " + order.orderNumber()
							+ " is scheduled for 2026-12-01T13:15:30Z: it can be started from 2026-12-01T12:15:30Z")
					.satisfies((refused) -> assertThat(refused.problemProperties())
						.containsEntry("scheduledFor", "2026-12-01T13:15:30Z")
						.containsEntry("startsFrom", "2026-12-01T12:15:30Z"));
				assertThat(events).isEmpty();
			}
			assertThat(order.status()).isEqualTo(CONFIRMED);
			assertThat(order.timeline()).extracting(TimelineEntry::status).containsExactly(CONFIRMED);
			assertThatExceptionOfType(IllegalOrderTransition.class)
				.isThrownBy(() -> order.advance(READY, STAFF, null, null, LEAD, NOW));

			order.advance(PREPARING, STAFF, null, null, LEAD, startsFrom);
			assertThat(order.status()).isEqualTo(PREPARING);
			order.advance(READY, STAFF, null, null, LEAD, startsFrom);
			assertThat(order.status()).isEqualTo(READY);
		}

		@Test
		void theLeadTimeIsTheStoresToSetAndALateScheduledOrderStartsAtOnce() {
			Instant due = NOW.plus(Duration.ofHours(3));
			Order longLead = anOrder().pickup().scheduledFor(due).confirmed();
			Order late = anOrder().pickup().scheduledFor(due).confirmed();
			Order asSoonAsPossible = anOrder().pickup().confirmed();

			longLead.advance(PREPARING, STAFF, null, null, Duration.ofHours(3), NOW);
			late.advance(PREPARING, STAFF, null, null, LEAD, due.plus(Duration.ofMinutes(10)));
			asSoonAsPossible.advance(PREPARING, STAFF, null, null, Duration.ZERO, NOW);

			assertThat(List.of(longLead, late, asSoonAsPossible)).extracting(Order::status).containsOnly(PREPARING);
			assertThatExceptionOfType(ScheduledOrderNotDue.class).isThrownBy(() -> anOrder().pickup()
				.scheduledFor(due)
				.confirmed()
				.advance(PREPARING, STAFF, null, null, Duration.ZERO, due.minusSeconds(1)));
		}

		@Test
		void aDeliveryOrderDoesNotLeaveWithoutADeliveryPerson() {
			Order order = anOrder().at(READY);

			assertThatThrownBy(() -> order.advance(OUT_FOR_DELIVERY, STAFF, null, null, LEAD, NOW))
				.isInstanceOf(DeliveryPersonRequired.class);
			assertThat(order.status()).isEqualTo(READY);
		}

		@Test
		void cashOnDeliveryIsPaidWhenTheCashIsCollectedOnDelivery() {
			Order order = anOrder().cashOnDelivery().at(OUT_FOR_DELIVERY);

			assertThatThrownBy(() -> order.advance(DELIVERED, STAFF, null, null, LEAD, NOW))
				.isInstanceOf(CashCollectionUnstated.class);
			List<Object> events = eventsOf(order, () -> order.advance(DELIVERED, STAFF, null, true, LEAD, NOW));

			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
			assertThat(events).last()
				.isInstanceOfSatisfying(OrderDelivered.class,
						(delivered) -> assertThat(delivered.cashCollected()).isTrue());
		}

		@Test
		void anOrderWithNothingToPayIsDeliveredWithoutCashToCollect() {
			Order order = anOrder().cashOnDelivery()
				.pickup()
				.with(item("Masala Shikanji", "50.00", 1))
				.coupon("RW-7K3M9QXD", "50.00")
				.at(READY);

			List<Object> events = eventsOf(order, () -> order.advance(DELIVERED, STAFF, null, null, LEAD, NOW));

			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
			assertThat(events).last()
				.isInstanceOfSatisfying(OrderDelivered.class,
						(delivered) -> assertThat(delivered.cashCollected()).isFalse());
		}

		@Test
		void cashNotCollectedLeavesTheDeliveredOrderUnpaid() {
			Order order = anOrder().cashOnDelivery().pickup().at(READY);

			order.advance(DELIVERED, STAFF, "Customer left without paying", false, LEAD, NOW);

			assertThat(order.status()).isEqualTo(DELIVERED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.FAILED);
		}

		@Test
		void anOnlineOrderIgnoresCashCollected() {
			Order order = anOrder().at(OUT_FOR_DELIVERY);

			List<Object> events = eventsOf(order, () -> order.advance(DELIVERED, STAFF, null, false, LEAD, NOW));

			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
			assertThat(events).last()
				.isInstanceOfSatisfying(OrderDelivered.class,
						(delivered) -> assertThat(delivered.cashCollected()).isFalse());
		}

		@Test
		void aDeliveryPersonIsAssignedToDeliveryOrdersUntilDelivered() {
			Order order = anOrder().confirmed();
			UUID first = UUID.randomUUID();
			UUID second = UUID.randomUUID();

			assertThat(order.assignDeliveryPerson(first, NOW)).isNull();
			assertThat(order.assignDeliveryPerson(second, NOW)).isEqualTo(first);
			assertThat(order.deliveryPersonId()).isEqualTo(second);
			assertThatThrownBy(() -> anOrder().pickup().confirmed().assignDeliveryPerson(first, NOW))
				.isInstanceOf(DeliveryAssignmentRefused.class)
				.hasMessageContaining("pickup");
			assertThatThrownBy(() -> anOrder().placed().assignDeliveryPerson(first, NOW))
				.isInstanceOf(DeliveryAssignmentRefused.class);
			assertThatThrownBy(() -> anOrder().at(DELIVERED).assignDeliveryPerson(first, NOW))
				.isInstanceOf(DeliveryAssignmentRefused.class);
		}

		@Test
		void onlyTheAssignedDeliveryPersonTracksAnOrderOnItsWay() {
			Order order = anOrder().confirmed();
			UUID rider = UUID.randomUUID();
			order.assignDeliveryPerson(rider, NOW);

			for (OrderStatus step : List.of(PREPARING, READY)) {
				assertThatExceptionOfType(TrackingClosed.class).as("%s", order.status())
					.isThrownBy(() -> order.requireTrackableBy(rider))
					.withMessage("Order " + order.orderNumber() + " is " + order.status()
							+ ": it is not on its way yet; locations are taken once it is out for delivery");
				order.advance(step, STAFF, null, null, LEAD, NOW);
			}
			assertThatExceptionOfType(TrackingClosed.class).isThrownBy(() -> order.requireTrackableBy(rider))
				.withMessageContaining("is ready: it is not on its way yet");
			order.advance(OUT_FOR_DELIVERY, STAFF, null, null, LEAD, NOW);

			order.requireTrackableBy(rider);
			assertThatThrownBy(() -> order.requireTrackableBy(UUID.randomUUID())).isInstanceOf(NotAssignedToYou.class);
			order.advance(DELIVERED, STAFF, null, null, LEAD, NOW);
			assertThatExceptionOfType(TrackingClosed.class).isThrownBy(() -> order.requireTrackableBy(rider))
				.withMessageEndingWith("is delivered: there is nothing left to track");
		}

	}

	@Nested
	class Cancelling {

		@Test
		void theCustomerCancelsAnUnpaidOrderWithNothingToRefund() {
			Order order = anOrder().placed();

			List<Object> events = eventsOf(order, () -> order.cancelByCustomer(CUSTOMER, "Ordered by mistake", NOW));

			assertThat(order.status()).isEqualTo(CANCELLED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
			assertThat(order.cancelledBy()).isEqualTo("customer");
			assertThat(order.paymentDueBy()).isNull();
			assertThat(events).hasSize(2).noneMatch(RefundRequested.class::isInstance);
			assertThat(events).last().isInstanceOfSatisfying(OrderCancelled.class, (cancelled) -> {
				assertThat(cancelled.previousStatus()).isEqualTo("pending");
				assertThat(cancelled.reason()).isEqualTo("Ordered by mistake");
				assertThat(cancelled.lines()).hasSize(1);
			});
		}

		/**
		 * Cash never collected, an online payment never made: nothing was taken and
		 * nothing will be, whoever cancels and however.
		 */
		@Test
		void anOrderCancelledWithNothingPaidNoLongerAwaitsItsMoney() {
			Order byCustomer = anOrder().cashOnDelivery().confirmed();
			Order byStore = anOrder().cashOnDelivery().at(READY);
			Order notPaidInTime = anOrder().placed();
			Order rejectedUnpaid = anOrder().placed();

			byCustomer.cancelByCustomer(CUSTOMER, "Ordered by mistake", NOW);
			byStore.reject(STAFF, "Out of lemons", NOW);
			notPaidInTime.expireUnpaid(NOW.plus(Duration.ofMinutes(15)));
			rejectedUnpaid.reject(STAFF, "Store closing", NOW);

			assertThat(List.of(byCustomer, byStore, notPaidInTime, rejectedUnpaid)).allSatisfy((order) -> {
				assertThat(order.status()).isEqualTo(CANCELLED);
				assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
				assertThat(order.toResponse().paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
				assertThat(order.toSummary().paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
				assertThat(order.events()).noneMatch(RefundRequested.class::isInstance);
			});
		}

		@Test
		void cancellingAPaidOrderAsksForItsMoneyBack() {
			Order order = anOrder().confirmed();
			UUID payment = order.paymentId();

			List<Object> events = eventsOf(order, () -> order.cancelByCustomer(CUSTOMER, "Changed my mind", NOW));

			assertThat(events).last().isInstanceOfSatisfying(RefundRequested.class, (refund) -> {
				assertThat(refund.paymentId()).isEqualTo(payment);
				assertThat(refund.amount()).isEqualByComparingTo(order.amounts().total().amount());
			});
		}

		@Test
		void aReasonAsLongAsTheCustomerMaySendStillFitsTheRefundItAsksFor() {
			Order order = anOrder().confirmed();
			String reason = "Ordered twice by mistake. ".repeat(20).substring(0, 500);

			List<Object> events = eventsOf(order, () -> order.cancelByCustomer(CUSTOMER, reason, NOW));

			assertThat(order.cancellationReason()).isEqualTo(reason);
			assertThat(events).last().isInstanceOfSatisfying(RefundRequested.class, (refund) -> {
				assertThat(refund.reason()).hasSize(Order.MAX_REASON)
					.startsWith("Order " + order.orderNumber() + " was cancelled: Ordered twice")
					.endsWith("…");
			});
		}

		@Test
		void aReasonIsNeverCutInsideACharacter() {
			String reason = "a".repeat(Order.MAX_REASON - 2) + "\uD83C\uDF4B\uD83C\uDF4B";

			assertThat(Order.fitted(reason)).isEqualTo("a".repeat(Order.MAX_REASON - 2) + "…");
			assertThat(Order.fitted("a".repeat(Order.MAX_REASON))).isEqualTo("a".repeat(Order.MAX_REASON));
		}

		@ParameterizedTest
		@EnumSource(value = OrderStatus.class, names = { "PREPARING", "READY", "OUT_FOR_DELIVERY" })
		void theCustomerCannotCancelOnceTheStoreStarted(OrderStatus status) {
			Order order = orderIn(status);

			assertThatThrownBy(() -> order.cancelByCustomer(CUSTOMER, "Too slow", NOW))
				.isInstanceOf(IllegalOrderTransition.class)
				.hasMessageEndingWith("the store has started on it; ask the store");
			assertThat(order.status()).isEqualTo(status);
		}

		@ParameterizedTest
		@EnumSource(value = OrderStatus.class, names = { "DELIVERED", "CANCELLED", "REFUNDED" })
		void theCustomerCannotCancelAFinishedOrderAndIsToldSo(OrderStatus status) {
			Order order = orderIn(status);

			assertThatThrownBy(() -> order.cancelByCustomer(CUSTOMER, "Tapped twice", NOW))
				.isInstanceOf(IllegalOrderTransition.class)
				.hasMessageEndingWith("it is final");
			assertThat(order.status()).isEqualTo(status);
		}

		@ParameterizedTest
		@EnumSource(value = OrderStatus.class, names = { "PENDING", "CONFIRMED", "PREPARING", "READY" })
		void theStoreRejectsUntilTheOrderLeavesIt(OrderStatus status) {
			Order order = orderIn(status);

			order.reject(STAFF, "Out of lemons", NOW);

			assertThat(order.status()).isEqualTo(CANCELLED);
			assertThat(order.cancelledBy()).isEqualTo("staff");
			assertThat(order.timeline().getLast().toResponse().by()).isEqualTo("staff");
		}

		@ParameterizedTest
		@EnumSource(value = OrderStatus.class, names = { "OUT_FOR_DELIVERY", "DELIVERED", "CANCELLED", "REFUNDED" })
		void theStoreCannotRejectOnceTheOrderLeft(OrderStatus status) {
			assertThatThrownBy(() -> orderIn(status).reject(STAFF, "Too late", NOW))
				.isInstanceOf(IllegalOrderTransition.class);
		}

		@Test
		void anAdminRejectingCountsAsTheStore() {
			Order order = anOrder().confirmed();

			order.reject(new Actor(UUID.randomUUID(), Actor.Role.ADMIN, null), "Store closed for a festival", NOW);

			assertThat(order.cancelledBy()).isEqualTo("staff");
			assertThat(order.timeline().getLast().toResponse().by()).isEqualTo("admin");
		}

	}

	@Nested
	class Payments {

		@Test
		void aCompletedPaymentConfirmsAPendingOrder() {
			Order order = anOrder().placed();
			UUID payment = UUID.randomUUID();

			List<Object> events = new ArrayList<>();
			events.addAll(eventsOf(order,
					() -> assertThat(order.recordPayment(new PaymentReceipt(payment, order.amounts().total()), NOW))
						.isEqualTo(PaymentOutcome.CONFIRMED)));

			assertThat(order.status()).isEqualTo(CONFIRMED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
			assertThat(order.paymentId()).isEqualTo(payment);
			assertThat(events).hasSize(2);
			assertThat(events).last()
				.isInstanceOfSatisfying(OrderConfirmed.class,
						(confirmed) -> assertThat(confirmed.paymentId()).isEqualTo(payment));
		}

		@Test
		void theSamePaymentAgainChangesNothing() {
			Order order = anOrder().placed();
			PaymentReceipt payment = new PaymentReceipt(UUID.randomUUID(), order.amounts().total());
			order.recordPayment(payment, NOW);

			List<Object> events = eventsOf(order,
					() -> assertThat(order.recordPayment(payment, NOW)).isEqualTo(PaymentOutcome.ALREADY_RECORDED));

			assertThat(events).isEmpty();
			assertThat(order.timeline()).hasSize(2);
		}

		@Test
		void aPaymentForAnOrderAlreadyCancelledIsRefundedNeverConfirmed() {
			Order order = anOrder().placed();
			order.expireUnpaid(NOW.plus(Duration.ofMinutes(16)));
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
			UUID late = UUID.randomUUID();

			List<Object> events = eventsOf(order,
					() -> assertThat(order.recordPayment(new PaymentReceipt(late, order.amounts().total()), NOW))
						.isEqualTo(PaymentOutcome.REFUND_REQUESTED));

			assertThat(order.status()).isEqualTo(CANCELLED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
			assertThat(events).singleElement().isInstanceOfSatisfying(RefundRequested.class, (refund) -> {
				assertThat(refund.paymentId()).isEqualTo(late);
				assertThat(refund.amount()).isEqualByComparingTo(order.amounts().total().amount());
			});
			assertThat(order.timeline().getLast().note()).contains("refund requested");
		}

		@Test
		void aSecondPaymentOfAPaidOrderIsRefunded() {
			Order order = anOrder().confirmed();
			UUID first = order.paymentId();
			UUID second = UUID.randomUUID();

			List<Object> events = eventsOf(order,
					() -> assertThat(order.recordPayment(new PaymentReceipt(second, order.amounts().total()), NOW))
						.isEqualTo(PaymentOutcome.DUPLICATE_REFUNDED));

			assertThat(order.paymentId()).isEqualTo(first);
			assertThat(events).singleElement()
				.isInstanceOfSatisfying(RefundRequested.class,
						(refund) -> assertThat(refund.paymentId()).isEqualTo(second));
		}

		@Test
		void aPaymentOfTheWrongAmountIsRefundedAndConfirmsNothing() {
			Order order = anOrder().placed();

			List<Object> events = eventsOf(order,
					() -> assertThat(order.recordPayment(new PaymentReceipt(UUID.randomUUID(), Money.of("1.00")), NOW))
						.isEqualTo(PaymentOutcome.WRONG_AMOUNT_REFUNDED));

			assertThat(order.status()).isEqualTo(PENDING);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
			assertThat(events).singleElement().isInstanceOf(RefundRequested.class);
		}

		@Test
		void aFailedPaymentCancelsAPendingOrder() {
			Order order = anOrder().placed();

			List<Object> events = eventsOf(order, () -> assertThat(order.paymentFailed("Card declined", NOW)).isTrue());

			assertThat(order.status()).isEqualTo(CANCELLED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.FAILED);
			assertThat(order.cancellationReason()).isEqualTo("Payment failed: Card declined");
			assertThat(events).last()
				.isInstanceOfSatisfying(OrderCancelled.class,
						(cancelled) -> assertThat(cancelled.cancelledBy()).isEqualTo("system"));
		}

		@Test
		void aProvidersFailureAsLongAsItKeepsFitsTheOrder() {
			Order order = anOrder().placed();

			order.paymentFailed("x".repeat(500), NOW);

			assertThat(order.cancellationReason()).hasSize(Order.MAX_REASON).startsWith("Payment failed: xxx");
		}

		@Test
		void aFailureAfterTheOrderWasCancelledChangesNothing() {
			Order order = anOrder().placed();
			order.cancelByCustomer(CUSTOMER, "Not hungry", NOW);

			List<Object> events = eventsOf(order, () -> assertThat(order.paymentFailed("Late decline", NOW)).isFalse());

			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
			assertThat(events).isEmpty();
		}

		@Test
		void aFailureAfterASuccessChangesNothing() {
			Order order = anOrder().confirmed();

			List<Object> events = eventsOf(order, () -> assertThat(order.paymentFailed("Late decline", NOW)).isFalse());

			assertThat(order.status()).isEqualTo(CONFIRMED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
			assertThat(events).isEmpty();
		}

		@Test
		void anUnpaidOrderIsCancelledOnlyOnceItsWindowCloses() {
			Order order = anOrder().placed();

			assertThat(order.expireUnpaid(NOW.plus(Duration.ofMinutes(14)))).isFalse();
			assertThat(order.expireUnpaid(NOW.plus(Duration.ofMinutes(15)))).isTrue();
			assertThat(order.status()).isEqualTo(CANCELLED);
			assertThat(order.cancellationReason()).isEqualTo("Not paid in time");
			assertThat(order.expireUnpaid(NOW.plus(Duration.ofMinutes(20)))).isFalse();
			assertThat(anOrder().cashOnDelivery().placed().expireUnpaid(NOW.plus(Duration.ofDays(1)))).isFalse();
		}

		@Test
		void aFullRefundOfItsPaymentMakesACancelledOrderRefunded() {
			Order order = anOrder().confirmed();
			UUID payment = order.paymentId();
			order.cancelByCustomer(CUSTOMER, "Changed my mind", NOW);

			assertThat(order.refunded(UUID.randomUUID(), true, NOW)).isFalse();
			assertThat(order.refunded(payment, false, NOW)).isFalse();
			assertThat(order.status()).isEqualTo(CANCELLED);
			List<Object> events = eventsOf(order, () -> assertThat(order.refunded(payment, true, NOW)).isTrue());

			assertThat(order.status()).isEqualTo(REFUNDED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
			assertThat(events).singleElement()
				.isInstanceOfSatisfying(OrderStatusChanged.class,
						(changed) -> assertThat(changed.to()).isEqualTo("refunded"));
			assertThat(order.refunded(payment, true, NOW)).isFalse();
		}

		@Test
		void anOrderRefundedInFullBeforeItIsCancelledEndsRefundedWithoutAskingForMoreBack() {
			Order order = anOrder().confirmed();
			assertThat(order.refunded(order.paymentId(), true, NOW)).isTrue();
			assertThat(order.status()).isEqualTo(CONFIRMED);

			List<Object> events = eventsOf(order, () -> order.cancelByCustomer(CUSTOMER, "Changed my mind", NOW));

			assertThat(order.status()).isEqualTo(REFUNDED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
			assertThat(events).noneMatch(RefundRequested.class::isInstance)
				.filteredOn(OrderStatusChanged.class::isInstance)
				.extracting((event) -> ((OrderStatusChanged) event).to())
				.containsExactly("cancelled", "refunded");
		}

		@Test
		void cashCollectedAtDeliveryAndThenBookedByThePaymentServiceIsOnePaymentNeverRefunded() {
			Order order = anOrder().cashOnDelivery().at(DELIVERED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
			UUID cash = UUID.randomUUID();

			List<Object> events = eventsOf(order,
					() -> assertThat(order.recordPayment(new PaymentReceipt(cash, order.amounts().total()), NOW))
						.isEqualTo(PaymentOutcome.RECORDED));

			assertThat(events).isEmpty();
			assertThat(order.paymentId()).isEqualTo(cash);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
			assertThat(order.recordPayment(new PaymentReceipt(cash, order.amounts().total()), NOW))
				.isEqualTo(PaymentOutcome.ALREADY_RECORDED);
			assertThat(eventsOf(order,
					() -> assertThat(
							order.recordPayment(new PaymentReceipt(UUID.randomUUID(), order.amounts().total()), NOW))
						.isEqualTo(PaymentOutcome.DUPLICATE_REFUNDED)))
				.singleElement()
				.isInstanceOf(RefundRequested.class);
		}

		@Test
		void cashOnDeliveryPaidThroughThePaymentServiceIsRecorded() {
			Order order = anOrder().cashOnDelivery().placed();

			assertThat(order.recordPayment(new PaymentReceipt(UUID.randomUUID(), order.amounts().total()), NOW))
				.isEqualTo(PaymentOutcome.RECORDED);
			assertThat(order.status()).isEqualTo(CONFIRMED);
			assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
		}

	}

	/** An order in the given status (online, delivered to an address). */
	static Order orderIn(OrderStatus status) {
		return switch (status) {
			case PENDING -> anOrder().placed();
			case CANCELLED -> {
				Order order = anOrder().placed();
				order.cancelByCustomer(CUSTOMER, "Not hungry", NOW);
				yield order;
			}
			case REFUNDED -> {
				Order order = anOrder().confirmed();
				order.cancelByCustomer(CUSTOMER, "Not hungry", NOW);
				order.refunded(order.paymentId(), true, NOW);
				yield order;
			}
			default -> {
				Order order = anOrder().at(status);
				if (status == READY) {
					order.assignDeliveryPerson(UUID.randomUUID(), NOW);
				}
				yield order;
			}
		};
	}

	/** Every (from, to) pair that is not the next step of a delivery order. */
	static Stream<Arguments> illegalSteps() {
		List<Arguments> pairs = new ArrayList<>();
		for (OrderStatus from : OrderStatus.values()) {
			OrderStatus next = orderIn(from).nextStep();
			for (OrderStatus to : EnumSet.allOf(OrderStatus.class)) {
				if (to != next) {
					pairs.add(Arguments.of(from, to));
				}
			}
		}
		return pairs.stream();
	}

}
