package com.jainshikanji.inventory.purchasing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.stock.StockLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A purchase order's amounts and its state machine: PENDING -> CONFIRMED -> RECEIVED, or
 * CANCELLED before it is received, and nothing else.
 */
class PurchaseOrderTest {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-05-01");

	final UUID lemons = UUID.randomUUID();

	final UUID khakhra = UUID.randomUUID();

	@Test
	void aPlacedOrderIsPendingAndTotalled() {
		PurchaseOrder order = place(terms(line(this.lemons, 100, "8.50"), line(this.khakhra, 25, "12.00")), "57.50",
				"100.00");

		PurchaseOrderResponse response = order.toResponse(java.util.Map.of());
		assertThat(response.status()).isEqualTo(PurchaseOrderStatus.PENDING);
		assertThat(response.subtotal()).isEqualByComparingTo("1150.00");
		assertThat(response.total()).isEqualByComparingTo("1307.50");
		assertThat(response.items()).extracting(PurchaseOrderResponse.Item::totalPrice)
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("850.00"), new java.math.BigDecimal("300.00"));
		assertThat(response.orderDate()).isEqualTo(TODAY);
	}

	@Test
	void anInactiveSupplierTakesNoOrders() {
		Supplier supplier = supplier();
		supplier.deactivate(NOW);

		assertThatExceptionOfType(SupplierInactive.class)
			.isThrownBy(() -> PurchaseOrder.place("PO-2026-000001", supplier, UUID.randomUUID(),
					new PurchaseOrder.Terms(terms(line(this.lemons, 1, "1.00")), Money.ZERO, Money.ZERO, null, null),
					null, NOW, TODAY));
	}

	@Test
	void aProductListedTwiceIsRefused() {
		assertThatExceptionOfType(InvalidPurchaseOrder.class)
			.isThrownBy(() -> place(terms(line(this.lemons, 1, "1.00"), line(this.lemons, 2, "1.00")), "0", "0"));
	}

	@Test
	void aLineWorthMoreThanAnAmountCanBeIsRefusedNamingIt() {
		AmountTooLarge refused = catchThrowableOfType(AmountTooLarge.class,
				() -> place(terms(line(this.lemons, 1, "1.00"), line(this.khakhra, 100_000, "100000.00")), "0", "0"));

		assertThat(refused.problemProperties()).containsEntry("field", "items[1].totalPrice");
		assertThat(refused).hasMessageContaining("100000 x 100000.00 = 10000000000.00");
	}

	@Test
	void aSubtotalOrTotalWorthMoreThanAnAmountCanBeIsRefused() {
		assertThat(catchThrowableOfType(AmountTooLarge.class,
				() -> place(terms(line(this.lemons, 100_000, "60000.00"), line(this.khakhra, 100_000, "60000.00")), "0",
						"0"))
			.problemProperties()).containsEntry("field", "subtotal");
		assertThat(catchThrowableOfType(AmountTooLarge.class,
				() -> place(terms(line(this.lemons, 1, "1.00")), "9999999999.99", "0.00"))
			.problemProperties()).containsEntry("field", "total");
	}

	@Test
	void anOrderWorthExactlyTheMostAnAmountCanBeIsFine() {
		PurchaseOrder order = place(terms(line(this.lemons, 1, "99999999.99")), "9899999999.99", "0.01");

		assertThat(order.total()).isEqualTo(PurchaseOrder.MAX_AMOUNT);
	}

	@Test
	void confirmedThenReceivedItHandsOverItsLinesOnce() {
		PurchaseOrder order = place(terms(line(this.lemons, 100, "8.50"), line(this.khakhra, 25, "12.00")), "0", "0");
		order.confirm(NOW);

		List<StockLine> received = order.receive(NOW, TODAY);

		assertThat(received).containsExactly(new StockLine(this.lemons, 100), new StockLine(this.khakhra, 25));
		assertThat(order.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
		assertThat(order.toResponse(java.util.Map.of()).receivedDate()).isEqualTo(TODAY);
		assertThatExceptionOfType(IllegalPurchaseOrderTransition.class).isThrownBy(() -> order.receive(NOW, TODAY))
			.withMessageContaining("RECEIVED");
	}

	@Test
	void itCanBeCancelledBeforeItIsReceived() {
		PurchaseOrder pending = place(terms(line(this.lemons, 1, "1.00")), "0", "0");
		pending.cancel(NOW);
		assertThat(pending.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);

		PurchaseOrder confirmed = place(terms(line(this.lemons, 1, "1.00")), "0", "0");
		confirmed.confirm(NOW);
		confirmed.cancel(NOW);
		assertThat(confirmed.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
	}

	@ParameterizedTest
	@EnumSource(PurchaseOrderStatus.class)
	void everyOtherMoveIsRefusedAndChangesNothing(PurchaseOrderStatus from) {
		for (Move move : Move.values()) {
			if (move.allowedFrom(from)) {
				continue;
			}
			PurchaseOrder order = in(from);
			assertThatExceptionOfType(IllegalPurchaseOrderTransition.class).as("%s from %s", move, from)
				.isThrownBy(() -> move.apply(order));
			assertThat(order.status()).isEqualTo(from);
		}
	}

	/** The moves a purchase order can be asked to make, and where each is allowed. */
	enum Move {

		CONFIRM((order) -> order.confirm(NOW), PurchaseOrderStatus.PENDING),

		RECEIVE((order) -> order.receive(NOW, TODAY), PurchaseOrderStatus.CONFIRMED),

		CANCEL((order) -> order.cancel(NOW), PurchaseOrderStatus.PENDING, PurchaseOrderStatus.CONFIRMED);

		private final Consumer<PurchaseOrder> action;

		private final List<PurchaseOrderStatus> from;

		Move(Consumer<PurchaseOrder> action, PurchaseOrderStatus... from) {
			this.action = action;
			this.from = List.of(from);
		}

		boolean allowedFrom(PurchaseOrderStatus status) {
			return this.from.contains(status);
		}

		void apply(PurchaseOrder order) {
			this.action.accept(order);
		}

	}

	private PurchaseOrder in(PurchaseOrderStatus status) {
		PurchaseOrder order = place(terms(line(this.lemons, 1, "1.00")), "0", "0");
		switch (status) {
			case PENDING -> {
			}
			case CONFIRMED -> order.confirm(NOW);
			case RECEIVED -> {
				order.confirm(NOW);
				order.receive(NOW, TODAY);
			}
			case CANCELLED -> order.cancel(NOW);
		}
		return order;
	}

	private static PurchaseOrder place(List<PurchaseOrder.Line> lines, String tax, String shipping) {
		return PurchaseOrder.place("PO-2026-000001", supplier(), UUID.randomUUID(),
				new PurchaseOrder.Terms(lines, Money.of(tax), Money.of(shipping), null, null), UUID.randomUUID(), NOW,
				TODAY);
	}

	private static Supplier supplier() {
		return new Supplier(new SupplierDetails("Saurashtra Nimbu Farms", null, null, null, null, "Net 15", null, null),
				NOW);
	}

	private static List<PurchaseOrder.Line> terms(PurchaseOrder.Line... lines) {
		return List.of(lines);
	}

	private static PurchaseOrder.Line line(UUID product, int quantity, String unitPrice) {
		return new PurchaseOrder.Line(product, quantity, Money.of(unitPrice));
	}

}
