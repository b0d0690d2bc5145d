package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * Builds new orders for unit tests: a classic shikanji delivered and paid by UPI unless
 * told otherwise.
 */
final class TestOrders {

	static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");

	static final Duration PAYMENT_WINDOW = Duration.ofMinutes(15);

	static final Money MINIMUM_ONLINE_PAYMENT = Money.of("1.00");

	/** How long before a scheduled order's time the store may start preparing it. */
	static final Duration LEAD = Duration.ofMinutes(60);

	static final UUID STORE = UUID.fromString("a1000000-0000-4000-8000-000000000004");

	static final UUID CUSTOMER = UUID.fromString("c0000000-0000-4000-8000-000000000003");

	private final List<PricedItem> items = new ArrayList<>();

	private DeliveryType deliveryType = DeliveryType.DELIVERY;

	private PaymentMethod paymentMethod = PaymentMethod.UPI;

	private Money deliveryFee = Money.of("15.00");

	private BigDecimal taxRate = new BigDecimal("0.05");

	private @Nullable Instant scheduledFor;

	private Discounts discounts = Discounts.NONE;

	private TestOrders() {
	}

	static TestOrders anOrder() {
		return new TestOrders();
	}

	static PricedItem item(String name, String unitPrice, int quantity) {
		return new PricedItem(UUID.randomUUID(), name, null, UUID.randomUUID(), Money.of(unitPrice), quantity,
				List.of(), null);
	}

	TestOrders with(PricedItem item) {
		this.items.add(item);
		return this;
	}

	TestOrders cashOnDelivery() {
		return paidBy(PaymentMethod.COD);
	}

	TestOrders paidBy(PaymentMethod method) {
		this.paymentMethod = method;
		return this;
	}

	TestOrders pickup() {
		return to(DeliveryType.PICKUP);
	}

	TestOrders to(DeliveryType type) {
		this.deliveryType = type;
		if (!type.toAddress()) {
			this.deliveryFee = Money.ZERO;
		}
		return this;
	}

	TestOrders deliveryFee(String fee) {
		this.deliveryFee = Money.of(fee);
		return this;
	}

	TestOrders taxRate(String rate) {
		this.taxRate = new BigDecimal(rate);
		return this;
	}

	/** A coupon taking {@code discount} off the items. */
	TestOrders coupon(String code, String discount) {
		this.discounts = new Discounts(code, Money.of(discount), 0, Money.ZERO);
		return this;
	}

	TestOrders scheduledFor(Instant when) {
		this.scheduledFor = when;
		return this;
	}

	NewOrder details() {
		List<PricedItem> lines = this.items.isEmpty() ? List.of(item("Classic Shikanji", "40.00", 2)) : this.items;
		DeliveryAddress address = this.deliveryType.toAddress()
				? new DeliveryAddress(UUID.randomUUID(), "Home", "12 Ratanpole", null, "Near the temple", "Ahmedabad",
						"Gujarat", "380001", "India", new BigDecimal("23.02580000"), new BigDecimal("72.58710000"))
				: null;
		return new NewOrder(UUID.randomUUID(), "ORD20261201-000001",
				new CustomerSnapshot(CUSTOMER, "Asha Mehta", "asha@example.com", "+919800000003"), STORE,
				this.deliveryType, address, this.paymentMethod, lines, this.deliveryFee, this.taxRate,
				"Ring the bell twice", this.scheduledFor, 30, UUID.randomUUID(), this.discounts);
	}

	Order placed() {
		return Order.place(details(), PAYMENT_WINDOW, MINIMUM_ONLINE_PAYMENT, NOW);
	}

	/** Placed and paid, or placed for cash on delivery. */
	Order confirmed() {
		Order order = placed();
		if (this.paymentMethod.online() && order.status() == OrderStatus.PENDING) {
			order.recordPayment(new Order.PaymentReceipt(UUID.randomUUID(), order.amounts().total()), NOW);
		}
		return order;
	}

	/** Confirmed, then moved by the store until it reaches {@code status}. */
	Order at(OrderStatus status) {
		Order order = confirmed();
		Actor staff = new Actor(UUID.randomUUID(), Actor.Role.STAFF, null);
		while (order.status() != status) {
			OrderStatus next = order.nextStep();
			if (next == OrderStatus.OUT_FOR_DELIVERY) {
				order.assignDeliveryPerson(UUID.randomUUID(), NOW);
			}
			order.advance(next, staff, null, this.paymentMethod.online() ? null : true, LEAD, NOW);
		}
		return order;
	}

	/** The events an action registers on the order. */
	static List<Object> eventsOf(Order order, Runnable action) {
		int before = order.events().size();
		action.run();
		List<Object> all = List.copyOf(order.events());
		return all.subList(before, all.size());
	}

}
