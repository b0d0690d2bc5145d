package com.jainshikanji.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.analytics.Expected.State;
import com.jainshikanji.analytics.ScriptedOrder.Product;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.loyalty.LoyaltyPointsChanged;
import com.jainshikanji.common.events.loyalty.LoyaltyTierChanged;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.common.events.review.ProductRatingChanged;
import com.jainshikanji.common.events.review.RatingHistogram;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A scripted set of orders at two stores in different time zones (Kolkata, UTC+5:30, and
 * London, UTC in March), placed around midnight, ending every way an order can end
 * (delivered, in progress, cancelled before and after payment, refunded in full and in
 * part, never paid, paid twice, delivered without its cash collected), their events
 * published as the order and payment services do, some twice and many out of order. The
 * figures the API serves must equal those the test works out on its own
 * ({@link Expected}).
 */
@AnalyticsServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScriptedFiguresTests {

	static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final LocalDate FROM = LocalDate.of(2026, 3, 2);

	static final LocalDate TO = LocalDate.of(2026, 3, 4);

	static final Product SHIKANJI = Product.of("Masala Shikanji", "50.00");

	static final Product SAMOSA = Product.of("Kacha Kela Samosa", "35.00");

	static final Product LASSI = Product.of("Sweet Lassi", "70.00");

	static final Duration MINUTE = Duration.ofMinutes(1);

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	final UUID kolkata = StoreService.stub.store("Scripted Kolkata", "Asia/Kolkata");

	final UUID london = StoreService.stub.store("Scripted London", "Europe/London");

	final UUID regular = UUID.randomUUID();

	final UUID manager = UUID.randomUUID();

	final Expected expected = new Expected();

	/** Every points change published, once each, whatever order and however often. */
	final List<LoyaltyPointsChanged> pointsChanges = new java.util.ArrayList<>();

	/** Every tier change published, once each. */
	final List<LoyaltyTierChanged> tierChanges = new java.util.ArrayList<>();

	/** Each product's rating events, once each. */
	final Map<UUID, List<ProductRatingChanged>> ratings = new HashMap<>();

	Api api;

	@BeforeAll
	void playTheScript() {
		this.api = new Api(this.client);
		Events events = new Events(this.kafka, this.json);

		// Kolkata 00:30 on the 3rd (still the 2nd in UTC): cash, delivered.
		ScriptedOrder o1 = ScriptedOrder.at(this.kolkata, Instant.parse("2026-03-02T19:00:00Z"))
			.by(this.regular)
			.paidBy("cod")
			.delivered("30.00")
			.line(SHIKANJI, 2)
			.build();
		events.publish(o1.created());
		events.publish(o1.confirmed(Duration.ZERO));
		events.publish(o1.changed("confirmed", "preparing", 2, MINUTE.multipliedBy(3)));
		events.publish(o1.delivered(MINUTE.multipliedBy(35)));
		events.publish(o1.paid(MINUTE.multipliedBy(35)));
		this.expected.add(o1, KOLKATA, State.DELIVERED);

		// London 23:30 on the 2nd: paid online, delivered; the delivery arrives twice.
		ScriptedOrder o2 = ScriptedOrder.at(this.london, Instant.parse("2026-03-02T23:30:00Z")).line(SAMOSA, 3).build();
		events.publish(o2.created());
		events.publish(o2.paid(MINUTE));
		events.publish(o2.confirmed(MINUTE));
		EventEnvelope delivered2 = events.publish(o2.delivered(MINUTE.multipliedBy(20)));
		events.redeliver(delivered2, OrderDelivered.class);
		this.expected.add(o2, LONDON, State.DELIVERED);

		// Kolkata 11:30 on the 3rd: cancelled before paying; the cancellation arrives
		// first.
		ScriptedOrder o3 = ScriptedOrder.at(this.kolkata, Instant.parse("2026-03-03T06:00:00Z"))
			.line(SHIKANJI, 1)
			.build();
		events.publish(o3.cancelled("pending", MINUTE.multipliedBy(5)));
		events.publish(o3.created());
		this.expected.add(o3, KOLKATA, State.CANCELLED);

		// Kolkata 13:30 on the 3rd: paid by card, confirmed, rejected by the store and
		// refunded in full; everything arrives backwards, the refund twice.
		ScriptedOrder o4 = ScriptedOrder.at(this.kolkata, Instant.parse("2026-03-03T08:00:00Z"))
			.paidBy("card")
			.line(LASSI, 2)
			.build();
		RefundProcessed refund4 = o4.refunded(o4.total().toPlainString(), Duration.ofDays(1));
		EventEnvelope refunded4 = events.publish(refund4);
		events.publish(o4.cancelled("confirmed", MINUTE.multipliedBy(6)));
		events.publish(o4.paid(MINUTE));
		events.redeliver(refunded4, RefundProcessed.class);
		events.publish(o4.confirmed(MINUTE));
		events.publish(o4.created());
		this.expected.add(o4, KOLKATA, State.CANCELLED, o4.total());

		// London noon on the 3rd: with a discount, delivered, then 20 rupees given back;
		// status changes out of sequence, one of them twice.
		ScriptedOrder o5 = ScriptedOrder.at(this.london, Instant.parse("2026-03-03T12:00:00Z"))
			.by(this.regular)
			.discount("10.00")
			.line(SHIKANJI, 2)
			.line(LASSI, 1)
			.build();
		events.publish(o5.created());
		events.publish(o5.changed("preparing", "ready", 3, MINUTE.multipliedBy(12)));
		EventEnvelope preparing5 = events.publish(o5.changed("confirmed", "preparing", 2, MINUTE.multipliedBy(4)));
		events.publish(o5.confirmed(MINUTE));
		events.redeliver(preparing5, OrderStatusChanged.class);
		events.publish(o5.delivered(MINUTE.multipliedBy(25)));
		EventEnvelope refund5 = events.publish(o5.refunded("20.00", Duration.ofHours(3)));
		events.redeliver(refund5, RefundProcessed.class);
		this.expected.add(o5, LONDON, State.DELIVERED, new BigDecimal("20.00"));

		// Kolkata 23:59 on the 3rd: cash, being prepared; the regular again.
		ScriptedOrder o6 = ScriptedOrder.at(this.kolkata, Instant.parse("2026-03-03T18:29:00Z"))
			.by(this.regular)
			.paidBy("cod")
			.line(SAMOSA, 2)
			.build();
		events.publish(o6.changed("confirmed", "preparing", 2, MINUTE.multipliedBy(2)));
		events.publish(o6.created());
		this.expected.add(o6, KOLKATA, State.CONFIRMED);

		// Kolkata 00:01 on the 4th: the card is declined, the order cancelled unpaid.
		ScriptedOrder o7 = ScriptedOrder.at(this.kolkata, Instant.parse("2026-03-03T18:31:00Z"))
			.paidBy("card")
			.line(LASSI, 1)
			.build();
		events.publish(o7.created());
		events.publish(o7.paymentFailed(MINUTE.multipliedBy(2)));
		events.publish(o7.cancelled("pending", MINUTE.multipliedBy(2)));
		this.expected.add(o7, KOLKATA, State.CANCELLED);

		// London 00:10 on the 4th: never paid (still pending).
		ScriptedOrder o8 = ScriptedOrder.at(this.london, Instant.parse("2026-03-04T00:10:00Z")).line(SAMOSA, 1).build();
		events.publish(o8.created());
		this.expected.add(o8, LONDON, State.PENDING);

		// London 9:00 on the 4th: delivered, told only by status changes (out of order).
		ScriptedOrder o9 = ScriptedOrder.at(this.london, Instant.parse("2026-03-04T09:00:00Z"))
			.paidBy("wallet")
			.line(SHIKANJI, 1)
			.build();
		events.publish(o9.changed("ready", "delivered", 4, MINUTE.multipliedBy(30)));
		events.publish(o9.created());
		events.publish(o9.changed("pending", "confirmed", 1, MINUTE));
		this.expected.add(o9, LONDON, State.DELIVERED);

		// London 11:00 on the 4th: paid twice; the second payment, refunded by the
		// payment service, is seen first and its refund twice. Neither is the order's:
		// a sale, unrefunded.
		ScriptedOrder o10 = ScriptedOrder.at(this.london, Instant.parse("2026-03-04T11:00:00Z"))
			.line(SHIKANJI, 1)
			.build();
		UUID second10 = UUID.randomUUID();
		EventEnvelope refunded10 = events
			.publish(o10.refunded(second10, o10.total().toPlainString(), MINUTE.multipliedBy(3)));
		events.publish(o10.paid(second10, MINUTE.multipliedBy(2)));
		events.redeliver(refunded10, RefundProcessed.class);
		events.publish(o10.confirmed(MINUTE));
		events.publish(o10.created());
		events.publish(o10.paid(MINUTE));
		this.expected.add(o10, LONDON, State.CONFIRMED);

		// London 13:00 on the 4th: cash on delivery, handed over without the cash
		// collected; the delivery arrives first, then the rest backwards. No sale.
		ScriptedOrder o11 = ScriptedOrder.at(this.london, Instant.parse("2026-03-04T13:00:00Z"))
			.paidBy("cod")
			.delivered("30.00")
			.line(LASSI, 2)
			.build();
		events.publish(o11.deliveredUnpaid(MINUTE.multipliedBy(40)));
		events.publish(o11.changed("out_for_delivery", "delivered", 5, MINUTE.multipliedBy(40)));
		events.publish(o11.confirmed(Duration.ZERO));
		events.publish(o11.created());
		this.expected.add(o11, LONDON, State.DELIVERED_UNPAID);

		// A manager of both stores, as the store service tells it.
		events.publish(new StaffAssigned(UUID.randomUUID(), this.manager, this.kolkata, "MANAGER", 1));
		events.publish(new StaffAssigned(UUID.randomUUID(), this.manager, this.london, "MANAGER", 1));

		playReviews(events);
		playLoyalty(events);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(daily(this.london)).isEqualTo(expectedDaily(this.london)));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(daily(this.kolkata)).isEqualTo(expectedDaily(this.kolkata)));
	}

	/**
	 * The review service's ratings of two products: newer revisions, an older one
	 * arriving after them, one redelivered.
	 */
	private void playReviews(Events events) {
		Instant at = Instant.parse("2026-03-03T10:00:00Z");
		EventEnvelope third = events
			.publish(rating(SHIKANJI, 3, new RatingHistogram(0, 0, 1, 1, 1), at.plusSeconds(3)));
		events.publish(rating(SHIKANJI, 1, new RatingHistogram(0, 0, 0, 0, 1), at.plusSeconds(1)));
		events.redeliver(third, ProductRatingChanged.class);
		events.publish(rating(SHIKANJI, 2, new RatingHistogram(0, 0, 0, 1, 1), at.plusSeconds(2)));
		events.publish(rating(LASSI, 1, new RatingHistogram(0, 1, 0, 0, 0), at));
		EventEnvelope lassi = events.publish(rating(LASSI, 2, new RatingHistogram(0, 1, 1, 0, 0), at.plusSeconds(5)));
		events.redeliver(lassi, ProductRatingChanged.class);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(ratingsShown()).isEqualTo(expectedRatings()));
	}

	private ProductRatingChanged rating(Product product, long revision, RatingHistogram histogram, Instant at) {
		int stars = histogram.oneStar() + 2 * histogram.twoStars() + 3 * histogram.threeStars()
				+ 4 * histogram.fourStars() + 5 * histogram.fiveStars();
		BigDecimal average = BigDecimal.valueOf(stars)
			.divide(BigDecimal.valueOf(histogram.total()), 2, java.math.RoundingMode.HALF_UP);
		ProductRatingChanged event = new ProductRatingChanged(product.id(), revision, histogram.total(), histogram,
				average, average, new BigDecimal("4.00"), 5, at);
		this.ratings.computeIfAbsent(product.id(), (id) -> new java.util.ArrayList<>()).add(event);
		return event;
	}

	/**
	 * Customers' points and tiers as the loyalty service tells them: per customer out of
	 * order, some twice, a tier change before the points that caused it, changes before
	 * and after the period that must not count in it.
	 */
	private void playLoyalty(Events events) {
		UUID earner = UUID.randomUUID();
		UUID climber = UUID.randomUUID();
		UUID expired = UUID.randomUUID();
		UUID later = UUID.randomUUID();
		Instant day2 = Instant.parse("2026-03-02T10:00:00Z");
		Instant day3 = Instant.parse("2026-03-03T10:00:00Z");
		Instant day4 = Instant.parse("2026-03-04T09:00:00Z");

		// earner: earns, reaches SILVER, redeems 200 for an order that is cancelled
		// (returned), then redeems 100 for good.
		LoyaltyPointsChanged e1 = points(earner, 1, 120, 120, "earn", "BRONZE", day2);
		LoyaltyPointsChanged e2 = points(earner, 2, 400, 520, "earn", "BRONZE", day3);
		LoyaltyPointsChanged e3 = points(earner, 3, 0, 520, "tier", "SILVER", day3);
		LoyaltyTierChanged up = tier(earner, "BRONZE", "SILVER", 520, 1, day3);
		LoyaltyPointsChanged e4 = points(earner, 4, -200, 320, "redeem", "SILVER", day3.plusSeconds(3600));
		LoyaltyPointsChanged e5 = points(earner, 5, 200, 520, "release", "SILVER", day3.plusSeconds(7200));
		LoyaltyPointsChanged e6 = points(earner, 6, -100, 420, "redeem", "SILVER", day4);
		events.publish(e6);
		events.publish(e4);
		EventEnvelope upgrade = events.publish(up);
		events.publish(e3);
		EventEnvelope release = events.publish(e5);
		events.publish(e1);
		events.redeliver(release, LoyaltyPointsChanged.class);
		events.publish(e2);
		events.redeliver(upgrade, LoyaltyTierChanged.class);

		// climber: a bonus before the period, then GOLD and back to BRONZE when the
		// order that earned it was refunded.
		events.publish(tier(climber, "GOLD", "BRONZE", 50, 2, day4));
		events.publish(points(climber, 5, 0, 50, "tier", "BRONZE", day4));
		events.publish(points(climber, 1, 50, 50, "bonus", "BRONZE", Instant.parse("2026-02-20T10:00:00Z")));
		events.publish(points(climber, 3, 0, 1050, "tier", "GOLD", day2));
		events.publish(points(climber, 2, 1000, 1050, "earn", "BRONZE", day2));
		events.publish(tier(climber, "BRONZE", "GOLD", 1050, 1, day2));
		EventEnvelope reversal = events.publish(points(climber, 4, -1000, 50, "reversal", "GOLD", day4));
		events.redeliver(reversal, LoyaltyPointsChanged.class);

		// expired: earns and loses it the same day; later: a member only after the
		// period.
		events.publish(points(expired, 2, -30, 0, "expire", "BRONZE", day3.plusSeconds(60)));
		events.publish(points(expired, 1, 30, 30, "earn", "BRONZE", day3));
		events.publish(points(later, 1, 80, 80, "earn", "BRONZE", Instant.parse("2026-03-10T10:00:00Z")));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(loyaltyShown()).isEqualTo(expectedLoyalty()));
	}

	private LoyaltyPointsChanged points(UUID customer, long revision, int change, long balance, String reason,
			String tier, Instant at) {
		LoyaltyPointsChanged event = new LoyaltyPointsChanged(customer, balance, tier, change, reason, revision, at);
		this.pointsChanges.add(event);
		return event;
	}

	private LoyaltyTierChanged tier(UUID customer, String from, String to, long balance, long sequence, Instant at) {
		LoyaltyTierChanged event = new LoyaltyTierChanged(customer, from, to, balance, sequence, at);
		this.tierChanges.add(event);
		return event;
	}

	@Test
	void productsShowTheRatingOfTheirNewestRevision() {
		assertThat(ratingsShown()).isEqualTo(expectedRatings());
		assertThat(expectedRatings()).as("the third revision, though the second arrived last")
			.containsEntry(SHIKANJI.id(), List.of(new BigDecimal("4.00"), 3L))
			.containsEntry(LASSI.id(), List.of(new BigDecimal("2.50"), 2L));
		Map<String, Object> dashboard = this.api.ok(
				"/api/v1/analytics/dashboard?storeId=" + this.kolkata + "&from=" + FROM + "&to=" + TO,
				TestTokens.admin());
		assertThat(Api.objects(dashboard.get("topProducts")))
			.filteredOn((p) -> SHIKANJI.id().toString().equals(p.get("productId")))
			.singleElement()
			.satisfies((p) -> {
				assertThat(Api.number(p.get("ratingCount"))).isEqualTo(3);
				assertThat(Api.amount(p.get("rating"))).isEqualByComparingTo("4.00");
			});
	}

	@Test
	void loyaltyPointsAndTiersAreThePlatformsOnce() {
		assertThat(loyaltyShown()).isEqualTo(expectedLoyalty());
		assertThat(expectedLoyalty()).as("worked out by hand")
			.isEqualTo(Map.of("pointsEarned", 1550L, "pointsRedeemed", 100L, "tierUpgrades", 2L, "tierDowngrades", 1L,
					"customersPerTier", Map.of("BRONZE", 2L, "SILVER", 1L, "GOLD", 0L, "PLATINUM", 0L)));
		Map<String, Object> oneStore = this.api.ok(
				"/api/v1/analytics/customers?storeId=" + this.kolkata + "&from=" + FROM + "&to=" + TO,
				TestTokens.admin());
		assertThat(oneStore.get("loyalty")).as("points are not a store's").isNull();
	}

	/**
	 * Rating and review count of every product sold at either store, as the API shows.
	 */
	private Map<UUID, List<Object>> ratingsShown() {
		Map<UUID, List<Object>> shown = new HashMap<>();
		for (UUID store : List.of(this.kolkata, this.london)) {
			Map<String, Object> products = this.api
				.ok("/api/v1/analytics/products?storeId=" + store + "&from=" + FROM + "&to=" + TO, TestTokens.admin());
			for (String list : List.of("best", "worst")) {
				for (Map<String, Object> p : Api.objects(products.get(list))) {
					shown.put(UUID.fromString((String) p.get("productId")),
							java.util.Arrays.asList(
									(p.get("rating") != null) ? Api.amount(p.get("rating")).setScale(2) : null,
									Api.number(p.get("ratingCount"))));
				}
			}
		}
		return shown;
	}

	/** The histogram of each product's highest revision; nothing for unrated products. */
	private Map<UUID, List<Object>> expectedRatings() {
		Map<UUID, List<Object>> expected = new HashMap<>();
		for (Product product : List.of(SHIKANJI, SAMOSA, LASSI)) {
			ProductRatingChanged newest = this.ratings.getOrDefault(product.id(), List.of())
				.stream()
				.max(java.util.Comparator.comparingLong(ProductRatingChanged::revision))
				.orElse(null);
			if (newest == null) {
				expected.put(product.id(), java.util.Arrays.asList(null, 0L));
				continue;
			}
			RatingHistogram h = newest.histogram();
			long stars = h.oneStar() + 2L * h.twoStars() + 3L * h.threeStars() + 4L * h.fourStars()
					+ 5L * h.fiveStars();
			expected.put(product.id(), List.of(
					BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(h.total()), 2, java.math.RoundingMode.HALF_UP),
					(long) h.total()));
		}
		return expected;
	}

	/** The platform's loyalty figures of the period, as the API shows them. */
	private Map<String, Object> loyaltyShown() {
		Map<String, Object> customers = this.api.ok("/api/v1/analytics/customers?from=" + FROM + "&to=" + TO,
				TestTokens.admin());
		Map<String, Object> loyalty = Api.object(customers.get("loyalty"));
		Map<String, Long> tiers = new HashMap<>();
		Api.object(loyalty.get("customersPerTier")).forEach((tier, n) -> tiers.put(tier, Api.number(n)));
		return Map.of("pointsEarned", Api.number(loyalty.get("pointsEarned")), "pointsRedeemed",
				Api.number(loyalty.get("pointsRedeemed")), "tierUpgrades", Api.number(loyalty.get("tierUpgrades")),
				"tierDowngrades", Api.number(loyalty.get("tierDowngrades")), "customersPerTier", tiers);
	}

	/**
	 * From the events published: the period is the platform's days (Kolkata); earned are
	 * earnings and bonuses, redeemed the redemptions less those returned; a customer's
	 * tier is that of their highest revision up to the period's end.
	 */
	private Map<String, Object> expectedLoyalty() {
		Instant start = FROM.atStartOfDay(KOLKATA).toInstant();
		Instant end = TO.plusDays(1).atStartOfDay(KOLKATA).toInstant();
		long earned = 0;
		long redeemed = 0;
		Map<UUID, LoyaltyPointsChanged> newest = new HashMap<>();
		for (LoyaltyPointsChanged change : this.pointsChanges) {
			boolean inPeriod = !change.changedAt().isBefore(start) && change.changedAt().isBefore(end);
			if (inPeriod && Set.of("earn", "bonus").contains(change.reason())) {
				earned += change.change();
			}
			if (inPeriod && Set.of("redeem", "release").contains(change.reason())) {
				redeemed -= change.change();
			}
			if (change.changedAt().isBefore(end)) {
				newest.merge(change.customerId(), change, (a, b) -> (a.revision() > b.revision()) ? a : b);
			}
		}
		Map<String, Long> tiers = new HashMap<>(Map.of("BRONZE", 0L, "SILVER", 0L, "GOLD", 0L, "PLATINUM", 0L));
		newest.values().forEach((change) -> tiers.merge(change.tier(), 1L, Long::sum));
		List<String> order = List.of("BRONZE", "SILVER", "GOLD", "PLATINUM");
		long upgrades = 0;
		long downgrades = 0;
		for (LoyaltyTierChanged change : this.tierChanges) {
			if (!change.changedAt().isBefore(start) && change.changedAt().isBefore(end)) {
				int move = order.indexOf(change.newTier()) - order.indexOf(change.previousTier());
				upgrades += (move > 0) ? 1 : 0;
				downgrades += (move < 0) ? 1 : 0;
			}
		}
		return Map.of("pointsEarned", earned, "pointsRedeemed", redeemed, "tierUpgrades", upgrades, "tierDowngrades",
				downgrades, "customersPerTier", tiers);
	}

	@Test
	void dailySalesOfEachStoreAreCountedOnItsOwnDays() {
		// Both awaited in the script; shown here for the record: Kolkata's first order
		// is on the 3rd, London's on the 2nd, though an hour and a half apart.
		assertThat(daily(this.kolkata)).isEqualTo(expectedDaily(this.kolkata));
		assertThat(daily(this.london)).isEqualTo(expectedDaily(this.london));
		assertThat(daily(this.kolkata).get(FROM).get("placed")).isEqualTo(0L);
		assertThat(daily(this.london).get(FROM).get("placed")).isEqualTo(1L);
	}

	@Test
	void totalsAndBreakdownsMatch() {
		for (UUID store : List.of(this.kolkata, this.london)) {
			Map<String, Object> sales = sales(store, "day");
			Expected.Sales total = this.expected.total(Set.of(store), FROM, TO);
			Map<String, Object> totals = Api.object(sales.get("totals"));

			assertThat(Api.number(totals.get("placed"))).isEqualTo(total.placed());
			assertThat(Api.number(totals.get("orders"))).isEqualTo(total.orders());
			assertThat(Api.number(totals.get("cancelled"))).isEqualTo(total.cancelled());
			assertThat(Api.number(totals.get("delivered"))).isEqualTo(total.delivered());
			assertThat(Api.amount(totals.get("grossRevenue"))).isEqualByComparingTo(total.grossRevenue());
			assertThat(Api.amount(totals.get("refunds"))).isEqualByComparingTo(total.refunds());
			assertThat(Api.amount(totals.get("netRevenue"))).isEqualByComparingTo(total.revenue());
			assertThat(Api.amount(totals.get("grossRevenue")).subtract(Api.amount(totals.get("refunds"))))
				.isEqualByComparingTo(total.revenue());
			assertThat(Api.number(totals.get("unpaidDeliveries"))).isEqualTo(total.unpaidDeliveries());
			assertThat(Api.amount(totals.get("uncollectedCash"))).isEqualByComparingTo(total.uncollectedCash());

			Map<String, Long> methods = new HashMap<>();
			Api.objects(sales.get("byPaymentMethod"))
				.stream()
				.filter((m) -> Api.number(m.get("orders")) > 0)
				.forEach((m) -> methods.put((String) m.get("key"), Api.number(m.get("orders"))));
			assertThat(methods).isEqualTo(this.expected.paymentMethods(Set.of(store), FROM, TO));
		}
	}

	@Test
	void ordersPerHourOfTheWeekAreInTheStoresTime() {
		for (UUID store : List.of(this.kolkata, this.london)) {
			List<Map<String, Object>> hours = Api.objects(sales(store, "day").get("byHourOfWeek"));
			Map<String, Long> busy = new java.util.TreeMap<>();
			hours.stream()
				.filter((h) -> Api.number(h.get("orders")) > 0)
				.forEach((h) -> busy.put(h.get("dayOfWeek") + ":" + h.get("hour"), Api.number(h.get("orders"))));

			assertThat(hours).hasSize(7 * 24);
			assertThat(busy).isEqualTo(this.expected.hours(Set.of(store), FROM, TO));
		}
		// Kolkata's midnight cash order is Tuesday 00:xx there.
		assertThat(this.expected.hours(Set.of(this.kolkata), FROM, TO)).containsKey("2:0");
	}

	@Test
	void productsSoldAreTheLinesOfTheSales() {
		for (UUID store : List.of(this.kolkata, this.london)) {
			Map<String, Object> products = this.api
				.ok("/api/v1/analytics/products?storeId=" + store + "&from=" + FROM + "&to=" + TO, TestTokens.admin());
			Map<UUID, Expected.ProductSales> sold = new LinkedHashMap<>();
			Api.objects(products.get("best"))
				.forEach((p) -> sold.put(UUID.fromString((String) p.get("productId")),
						new Expected.ProductSales((String) p.get("name"), Api.number(p.get("quantity")),
								Api.amount(p.get("revenue")).setScale(2))));

			Map<UUID, Expected.ProductSales> expectedSold = new LinkedHashMap<>();
			this.expected.products(Set.of(store), FROM, TO)
				.forEach((id, p) -> expectedSold.put(id,
						new Expected.ProductSales(p.name(), p.quantity(), p.revenue().setScale(2))));
			assertThat(sold).isEqualTo(expectedSold);
		}
	}

	@Test
	void customersAreNewOnTheirFirstSaleAndRepeatWithTheSecond() {
		Map<String, Object> customers = this.api.ok(
				"/api/v1/analytics/customers?storeId=" + this.kolkata + "&from=" + FROM + "&to=" + TO,
				TestTokens.admin());
		long[] counts = this.expected.customers(Set.of(this.kolkata), FROM, TO);

		assertThat(List.of(Api.number(customers.get("activeCustomers")), Api.number(customers.get("newCustomers")),
				Api.number(customers.get("repeatCustomers"))))
			.containsExactly(counts[0], counts[1], counts[2]);
		assertThat(counts).as("the regular's two cash orders in Kolkata").containsExactly(1, 1, 1);
		assertThat(customers.get("registrations")).as("registrations are the platform's, not a store's").isNull();
	}

	@Test
	void theDashboardComparesThePeriodWithTheOneBefore() {
		Map<String, Object> dashboard = this.api.ok(
				"/api/v1/analytics/dashboard?storeId=" + this.london + "&from=" + FROM + "&to=" + TO,
				TestTokens.admin());
		Map<String, Object> period = Api.object(Api.object(dashboard.get("period")).get("figures"));
		Expected.Sales total = this.expected.total(Set.of(this.london), FROM, TO);

		assertThat(Api.amount(period.get("revenue"))).isEqualByComparingTo(total.revenue());
		assertThat(Api.number(period.get("orders"))).isEqualTo(total.orders());
		assertThat(Api.amount(period.get("averageOrderValue"))).isEqualByComparingTo(
				total.grossRevenue().divide(BigDecimal.valueOf(total.orders()), 2, java.math.RoundingMode.HALF_UP));
		assertThat(Api.number(period.get("unpaidDeliveries"))).as("the order handed over unpaid")
			.isEqualTo(total.unpaidDeliveries())
			.isOne();
		assertThat(Api.amount(period.get("uncollectedCash"))).isEqualByComparingTo(total.uncollectedCash());
		assertThat(Api.object(dashboard.get("previousPeriod")).get("from")).isEqualTo("2026-02-27");
		assertThat(Api.number(Api.object(Api.object(dashboard.get("previousPeriod")).get("figures")).get("placed")))
			.isZero();
		assertThat(Api.object(dashboard.get("change")).get("revenue")).as("nothing to compare with").isNull();
		assertThat(Api.objects(dashboard.get("topProducts"))).first()
			.satisfies((top) -> assertThat(top.get("name")).isEqualTo("Masala Shikanji"));
	}

	/**
	 * The sales of both stores (a manager's), broken down by store, payment method and
	 * delivery type: each row has its own figures, unpaid deliveries included, and each
	 * breakdown's rows add up to the totals. London's cash order handed over unpaid is
	 * under London, cash on delivery and delivery, in no row's orders or revenue;
	 * Kolkata's cash orders, one delivered with its cash, are sales, not unpaid.
	 */
	@Test
	void breakdownsCarryTheirUnpaidDeliveriesAndAddUpToTheTotals() {
		Map<String, Object> sales = this.api.ok("/api/v1/analytics/sales?from=" + FROM + "&to=" + TO,
				managerOfBothStores());
		Map<String, Object> totals = Api.object(sales.get("totals"));
		Map<String, Function<Expected.Outcome, String>> breakdowns = Map.of("byStore",
				(o) -> o.order().storeId.toString(), "byPaymentMethod", (o) -> o.order().paymentMethod,
				"byDeliveryType", (o) -> o.order().deliveryType);

		assertThat(Api.number(totals.get("unpaidDeliveries"))).isOne();
		breakdowns.forEach((breakdown, key) -> {
			List<Map<String, Object>> rows = Api.objects(sales.get(breakdown));
			Map<String, List<Object>> shown = new TreeMap<>();
			rows.forEach((row) -> shown.put((String) row.get("key"), figures(row)));
			Map<String, List<Object>> expectedRows = new TreeMap<>();
			this.expected.by(Set.of(this.kolkata, this.london), FROM, TO, key)
				.forEach((value, figures) -> expectedRows.put(value, figures(figures)));

			assertThat(shown).as(breakdown).isEqualTo(expectedRows);
			assertThat(rows.stream().mapToLong((row) -> Api.number(row.get("unpaidDeliveries"))).sum())
				.as(breakdown + " unpaid deliveries")
				.isEqualTo(Api.number(totals.get("unpaidDeliveries")));
			assertThat(Expected.sum(rows.stream().map((row) -> Api.amount(row.get("uncollectedCash"))).toList()))
				.as(breakdown + " uncollected cash")
				.isEqualByComparingTo(Api.amount(totals.get("uncollectedCash")));
		});
		assertThat(unpaidDeliveries(sales, "byStore")).as("London's, not Kolkata's")
			.isEqualTo(Map.of(this.london.toString(), 1L, this.kolkata.toString(), 0L));
		assertThat(unpaidDeliveries(sales, "byPaymentMethod")).containsEntry("cod", 1L)
			.containsEntry("card", 0L)
			.containsEntry("upi", 0L);
		assertThat(unpaidDeliveries(sales, "byDeliveryType")).containsEntry("delivery", 1L).containsEntry("pickup", 0L);
	}

	/** A breakdown's row's figures, as {@link #figures(Expected.Sales)} lists them. */
	private static List<Object> figures(Map<String, Object> row) {
		return List.of(Api.number(row.get("placed")), Api.number(row.get("orders")), Api.number(row.get("cancelled")),
				Api.amount(row.get("grossRevenue")).setScale(2), Api.amount(row.get("revenue")).setScale(2),
				Api.number(row.get("unpaidDeliveries")), Api.amount(row.get("uncollectedCash")).setScale(2));
	}

	private static List<Object> figures(Expected.Sales sales) {
		return List.of(sales.placed(), sales.orders(), sales.cancelled(), sales.grossRevenue().setScale(2),
				sales.revenue().setScale(2), sales.unpaidDeliveries(), sales.uncollectedCash().setScale(2));
	}

	/** A breakdown's unpaid deliveries by key. */
	private static Map<String, Long> unpaidDeliveries(Map<String, Object> sales, String breakdown) {
		Map<String, Long> unpaid = new HashMap<>();
		Api.objects(sales.get(breakdown))
			.forEach((row) -> unpaid.put((String) row.get("key"), Api.number(row.get("unpaidDeliveries"))));
		return unpaid;
	}

	@Test
	void aManagerOfBothStoresSeesThemTogetherAndNoOneElses() {
		String token = managerOfBothStores();
		Map<String, Object> sales = this.api.ok("/api/v1/analytics/sales?from=" + FROM + "&to=" + TO, token);
		Expected.Sales total = this.expected.total(Set.of(this.kolkata, this.london), FROM, TO);

		assertThat(Api.object(sales.get("scope")).get("storeIds"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactlyInAnyOrder(this.kolkata.toString(), this.london.toString());
		assertThat(Api.amount(Api.object(sales.get("totals")).get("netRevenue"))).isEqualByComparingTo(total.revenue());
		assertThat(Api.number(Api.object(sales.get("totals")).get("placed"))).isEqualTo(total.placed());
		assertThat(Api.list(this.api.get("/api/v1/analytics/stores", token))).extracting((s) -> s.get("name"))
			.containsExactlyInAnyOrder("Scripted Kolkata", "Scripted London");
	}

	@Test
	void weeksAndMonthsAddUpTheDays() {
		Map<String, Object> weeks = sales(this.kolkata, "week");
		Map<String, Object> months = sales(this.kolkata, "MONTH"); // named values are
																	// read in any case
		Expected.Sales total = this.expected.total(Set.of(this.kolkata), FROM, TO);

		assertThat(Api.objects(weeks.get("series"))).singleElement().satisfies((week) -> {
			assertThat(week.get("period")).isEqualTo("2026-03-02");
			assertThat(Api.amount(week.get("revenue"))).isEqualByComparingTo(total.revenue());
		});
		assertThat(Api.objects(months.get("series"))).singleElement()
			.satisfies((month) -> assertThat(month.get("period")).isEqualTo("2026-03-01"));
	}

	@Test
	void theDailySalesReportHasTheSameFiguresAsJsonAndAsCsv() {
		String path = "/api/v1/analytics/reports/daily-sales?storeId=" + this.kolkata + "&from=" + FROM + "&to=" + TO;
		Map<String, Object> report = this.api.ok(path, TestTokens.admin());
		List<String> columns = Api.strings(report.get("columns"));
		Map<LocalDate, Expected.Sales> expectedDays = this.expected.daily(Set.of(this.kolkata), FROM, TO);

		assertThat(columns).as("columns added at the end, so spreadsheets built on the report keep theirs")
			.containsExactly("day", "store_id", "store", "placed", "orders", "delivered", "cancelled", "items",
					"gross_revenue", "discounts", "refunds", "refunded_orders", "net_revenue", "average_order_value",
					"unpaid_deliveries", "uncollected_cash");

		@SuppressWarnings("unchecked")
		List<List<Object>> rows = (List<List<Object>>) report.get("rows");
		assertThat(rows).as("the days with orders").hasSize(2);
		for (List<Object> row : rows) {
			Expected.Sales day = expectedDays.get(LocalDate.parse((String) row.get(columns.indexOf("day"))));
			assertThat(Api.number(row.get(columns.indexOf("placed")))).isEqualTo(day.placed());
			assertThat(Api.amount(row.get(columns.indexOf("net_revenue")))).isEqualByComparingTo(day.revenue());
			assertThat(Api.number(row.get(columns.indexOf("unpaid_deliveries")))).isEqualTo(day.unpaidDeliveries())
				.isZero();
			assertThat(Api.amount(row.get(columns.indexOf("uncollected_cash")))).isZero();
			assertThat(row.get(columns.indexOf("store"))).isEqualTo("Scripted Kolkata");
		}

		String csv = this.api.get(path + "&format=csv", TestTokens.admin())
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectHeader()
			.value(HttpHeaders.CONTENT_DISPOSITION,
					(disposition) -> assertThat(disposition).contains("attachment",
							"daily-sales_" + FROM + "_" + TO + ".csv"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> lines = csv.lines().toList();
		assertThat(lines.getFirst()).isEqualTo(String.join(",", columns));
		assertThat(lines).hasSize(rows.size() + 1);
		assertThat(lines.get(1)).startsWith(rows.getFirst().get(0) + "," + this.kolkata + ",Scripted Kolkata,");
		// Accept: text/csv asks for the same.
		assertThat(this.api
			.exchange(org.springframework.http.HttpMethod.GET, path, TestTokens.admin(), null,
					Map.of(HttpHeaders.ACCEPT, "text/csv"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).isEqualTo(csv);
	}

	/**
	 * Last: the rebuild forgets every fact the topics gave and reads them again from the
	 * beginning (other tests' events too); the figures end the same, and the admin who
	 * asked is in the audit log.
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	void aRebuildFromTheTopicsArrivesAtTheSameFigures() {
		UUID admin = UUID.randomUUID();
		String token = TestTokens.token(admin, List.of("ADMIN"), List.of());
		Map<String, Object> productsBefore = this.api
			.ok("/api/v1/analytics/products?storeId=" + this.london + "&from=" + FROM + "&to=" + TO, token);
		Map<String, Object> hoursBefore = Api.object(sales(this.kolkata, "day"));
		Map<String, Object> loyaltyBefore = loyaltyShown();
		Map<UUID, List<Object>> ratingsBefore = ratingsShown();

		Map<String, Object> run = Api.json(this.api.post("/api/v1/admin/rebuild", token, null), 202);
		String runId = (String) run.get("id");
		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(this.api.ok("/api/v1/admin/rebuild/" + runId, token).get("status"))
				.isEqualTo("DONE"));
		Map<String, Object> done = this.api.ok("/api/v1/admin/rebuild/" + runId, token);

		assertThat(Api.number(done.get("eventsApplied"))).as("at least this script's events")
			.isGreaterThanOrEqualTo(20);
		assertThat(Api.number(done.get("skipped"))).isZero();
		// DONE means the rollups are recomputed too, not left to the next refresh pass.
		assertThat(daily(this.kolkata)).isEqualTo(expectedDaily(this.kolkata));
		assertThat(daily(this.london)).isEqualTo(expectedDaily(this.london));
		assertThat(
				this.api.ok("/api/v1/analytics/products?storeId=" + this.london + "&from=" + FROM + "&to=" + TO, token))
			.isEqualTo(productsBefore);
		assertThat(sales(this.kolkata, "day").get("byHourOfWeek")).isEqualTo(hoursBefore.get("byHourOfWeek"));
		assertThat(loyaltyShown()).isEqualTo(loyaltyBefore).isEqualTo(expectedLoyalty());
		assertThat(ratingsShown()).isEqualTo(ratingsBefore).isEqualTo(expectedRatings());

		List<Map<String, Object>> audit = Api.objects(this.api
			.ok("/api/v1/admin/audit?action=analytics.rebuild-started&targetId=" + runId, TestTokens.admin())
			.get("items"));
		assertThat(audit).singleElement().satisfies((entry) -> {
			assertThat(entry).containsEntry("actorId", admin.toString()).containsEntry("targetType", "rebuild");
			assertThat(Api.object(entry.get("details"))).containsKeys("orderFactsRemoved", "eventsForgotten",
					"ratingFactsRemoved", "loyaltyFactsRemoved");
		});
	}

	/** The manager's token, once analytics knows them as manager of both stores. */
	private String managerOfBothStores() {
		String token = TestTokens.staff(this.manager, this.kolkata, this.london);
		// Until both assignments have arrived, the manager is staff of one store only.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.api.get("/api/v1/analytics/sales?from=" + FROM + "&to=" + TO, token)
				.expectStatus()
				.isOk());
		return token;
	}

	private Map<String, Object> sales(UUID store, String granularity) {
		return this.api.ok("/api/v1/analytics/sales?storeId=" + store + "&from=" + FROM + "&to=" + TO + "&granularity="
				+ granularity, TestTokens.admin());
	}

	/** The API's daily series as comparable values. */
	private Map<LocalDate, Map<String, Object>> daily(UUID store) {
		Map<LocalDate, Map<String, Object>> days = new LinkedHashMap<>();
		for (Map<String, Object> point : Api.objects(sales(store, "day").get("series"))) {
			days.put(LocalDate.parse((String) point.get("period")),
					Map.of("placed", Api.number(point.get("placed")), "orders", Api.number(point.get("orders")),
							"cancelled", Api.number(point.get("cancelled")), "gross",
							Api.amount(point.get("grossRevenue")).setScale(2), "refunds",
							Api.amount(point.get("refunds")).setScale(2), "revenue",
							Api.amount(point.get("revenue")).setScale(2)));
		}
		return days;
	}

	private Map<LocalDate, Map<String, Object>> expectedDaily(UUID store) {
		Map<LocalDate, Map<String, Object>> days = new LinkedHashMap<>();
		this.expected.daily(Set.of(store), FROM, TO)
			.forEach((day, s) -> days.put(day,
					Map.of("placed", s.placed(), "orders", s.orders(), "cancelled", s.cancelled(), "gross",
							s.grossRevenue().setScale(2), "refunds", s.refunds().setScale(2), "revenue",
							s.revenue().setScale(2))));
		return days;
	}

}
