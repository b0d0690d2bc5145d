package com.jainshikanji.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jainshikanji.common.events.order.OrderLine;

/**
 * The figures a script of orders must give, worked out here from what the test says
 * became of each order, independently of the service's facts and SQL: plain sums over the
 * orders, each on the day and hour it was placed in its store's zone.
 */
final class Expected {

	enum State {

		PENDING, CONFIRMED, DELIVERED, DELIVERED_UNPAID, CANCELLED;

		boolean isSale() {
			return this == CONFIRMED || this == DELIVERED;
		}

	}

	/** What became of an order, as the script made it happen. */
	record Outcome(ScriptedOrder order, ZoneId zone, State state, BigDecimal refunded) {

		LocalDate day() {
			return this.order.placedAt.atZone(this.zone).toLocalDate();
		}

		int hour() {
			return this.order.placedAt.atZone(this.zone).getHour();
		}

		DayOfWeek dayOfWeek() {
			return day().getDayOfWeek();
		}

	}

	/**
	 * One day's (or period's) figures. Refunds are those of sales (a cancelled order's
	 * refund gives back money never counted in), so gross less refunds is net.
	 */
	record Sales(long placed, long orders, long cancelled, long delivered, BigDecimal grossRevenue, BigDecimal refunds,
			BigDecimal revenue, long unpaidDeliveries, BigDecimal uncollectedCash) {

		static Sales of(Collection<Outcome> outcomes) {
			List<Outcome> sales = outcomes.stream().filter((o) -> o.state().isSale()).toList();
			List<Outcome> unpaid = outcomes.stream().filter((o) -> o.state() == State.DELIVERED_UNPAID).toList();
			return new Sales(outcomes.size(), sales.size(),
					outcomes.stream().filter((o) -> o.state() == State.CANCELLED).count(),
					outcomes.stream().filter((o) -> o.state() == State.DELIVERED).count(),
					sum(sales.stream().map((o) -> o.order().total()).toList()),
					sum(sales.stream().map(Outcome::refunded).toList()),
					sum(sales.stream().map((o) -> o.order().total().subtract(o.refunded())).toList()), unpaid.size(),
					sum(unpaid.stream().map((o) -> o.order().total()).toList()));
		}

	}

	/**
	 * A product's quantity and lines' value in the sales, net of refunds: an order
	 * refunded in full sold nothing, and a partial refund takes its share of the order's
	 * total off each line.
	 */
	record ProductSales(String name, long quantity, BigDecimal revenue) {
	}

	private final List<Outcome> outcomes = new ArrayList<>();

	void add(ScriptedOrder order, ZoneId zone, State state) {
		add(order, zone, state, BigDecimal.ZERO);
	}

	void add(ScriptedOrder order, ZoneId zone, State state, BigDecimal refunded) {
		this.outcomes.add(new Outcome(order, zone, state, refunded));
	}

	List<Outcome> at(Set<UUID> stores, LocalDate from, LocalDate to) {
		return this.outcomes.stream()
			.filter((o) -> stores.contains(o.order().storeId))
			.filter((o) -> !o.day().isBefore(from) && !o.day().isAfter(to))
			.toList();
	}

	/** Every day of the period, quiet ones included. */
	Map<LocalDate, Sales> daily(Set<UUID> stores, LocalDate from, LocalDate to) {
		Map<LocalDate, Sales> days = new LinkedHashMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.put(day, Sales.of(at(stores, day, day)));
		}
		return days;
	}

	Sales total(Set<UUID> stores, LocalDate from, LocalDate to) {
		return Sales.of(at(stores, from, to));
	}

	/**
	 * The figures per store, payment method or delivery type (whatever {@code key} tells
	 * of an order), each key with an order placed, as the sales breakdowns list them.
	 */
	Map<String, Sales> by(Set<UUID> stores, LocalDate from, LocalDate to, Function<Outcome, String> key) {
		return at(stores, from, to).stream()
			.collect(Collectors.groupingBy(key, TreeMap::new,
					Collectors.collectingAndThen(Collectors.toList(), Sales::of)));
	}

	/** Sales per "isoDayOfWeek:hour", only the hours that had any. */
	Map<String, Long> hours(Set<UUID> stores, LocalDate from, LocalDate to) {
		return at(stores, from, to).stream()
			.filter((o) -> o.state().isSale())
			.collect(Collectors.groupingBy((o) -> o.dayOfWeek().getValue() + ":" + o.hour(), TreeMap::new,
					Collectors.counting()));
	}

	Map<String, Long> paymentMethods(Set<UUID> stores, LocalDate from, LocalDate to) {
		return at(stores, from, to).stream()
			.filter((o) -> o.state().isSale())
			.collect(Collectors.groupingBy((o) -> o.order().paymentMethod, TreeMap::new, Collectors.counting()));
	}

	Map<UUID, ProductSales> products(Set<UUID> stores, LocalDate from, LocalDate to) {
		Map<UUID, ProductSales> products = new LinkedHashMap<>();
		for (Outcome outcome : at(stores, from, to)) {
			BigDecimal total = outcome.order().total();
			if (!outcome.state().isSale() || outcome.refunded().compareTo(total) >= 0) {
				continue;
			}
			for (OrderLine line : outcome.order().lines) {
				BigDecimal revenue = line.lineTotal()
					.multiply(total.subtract(outcome.refunded()))
					.divide(total, 2, RoundingMode.HALF_UP);
				products.merge(line.productId(), new ProductSales(line.productName(), line.quantity(), revenue), (a,
						b) -> new ProductSales(a.name(), a.quantity() + b.quantity(), a.revenue().add(b.revenue())));
			}
		}
		return products;
	}

	/**
	 * Customers with sales in the period, and of those the ones whose first sale ever was
	 * in it.
	 */
	long[] customers(Set<UUID> stores, LocalDate from, LocalDate to) {
		Map<UUID, LocalDate> first = new TreeMap<>();
		for (Outcome outcome : this.outcomes) {
			if (stores.contains(outcome.order().storeId) && outcome.state().isSale() && !outcome.day().isAfter(to)) {
				first.merge(outcome.order().customerId, outcome.day(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		Map<UUID, Long> active = at(stores, from, to).stream()
			.filter((o) -> o.state().isSale())
			.collect(Collectors.groupingBy((o) -> o.order().customerId, Collectors.counting()));
		long fresh = active.keySet().stream().filter((customer) -> !first.get(customer).isBefore(from)).count();
		long repeat = active.values().stream().filter((n) -> n >= 2).count();
		return new long[] { active.size(), fresh, repeat };
	}

	static BigDecimal sum(Collection<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
