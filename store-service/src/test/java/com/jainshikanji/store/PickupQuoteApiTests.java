package com.jainshikanji.store;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote order placement asks for pickup and dine-in orders: only whether the store is
 * open and accepting orders; no zone, fee or minimum order. The store takes orders from
 * 100.00 (for delivery) and needs 15 minutes to prepare.
 */
@StoreServiceTest
class PickupQuoteApiTests {

	@Autowired
	RestTestClient client;

	Api api;

	Requests.StoreBuilder store;

	UUID storeId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = Requests.aStore().minimumOrderValue("100.00").deliveryFee("30.00").preparationMinutes(15);
		this.storeId = Api.id(this.api.createStore(this.store.build()));
		this.api.setHours(this.storeId, Requests.alwaysOpen());
	}

	@Test
	void anOpenStoreTakesPickupOrdersWithoutZoneOrMinimum() {
		Quote quote = quote();

		assertThat(quote.storeId()).isEqualTo(this.storeId);
		assertThat(quote.orderable()).isTrue();
		assertThat(quote.blockers()).isEmpty();
		assertThat(quote.estimatedMinutes()).isEqualTo(15);
		assertThat(quote.openNow()).isTrue();
		assertThat(quote.acceptingOrders()).isTrue();
	}

	@Test
	void aClosedStoreSaysSo() {
		this.api.setHours(this.storeId, Requests.closedAllWeek());

		assertThat(quote().blockers()).containsExactly("CLOSED");
	}

	@Test
	void aScheduledOrderIsQuotedForTheHoursAtItsTime() {
		this.store.timeZone("Asia/Kolkata");
		this.api.put(STORES + "/" + this.storeId, admin(), this.store.build()).expectStatus().isOk();
		this.api.setHours(this.storeId, Requests.everyDay("09:00", "10:00"));
		ZonedDateTime tomorrow = ZonedDateTime.now(ZoneId.of("Asia/Kolkata")).plusDays(1);
		Instant open = tomorrow.with(LocalTime.of(9, 30)).toInstant();
		Instant closed = tomorrow.with(LocalTime.of(10, 30)).toInstant();

		assertThat(quote("?at=" + open).orderable()).isTrue();
		assertThat(quote("?at=" + open).openNow()).as("the hours cover the time asked for").isTrue();
		assertThat(quote("?at=" + closed).blockers()).containsExactly("CLOSED");
		for (String bad : List.of("tomorrow", "1999-12-31T23:59:59Z", "%2B999999999-12-31T23:00:00Z",
				"-1000000000-01-01T00:00:00Z")) {
			Problem problem = problem(this.api.get(STORES + "/" + this.storeId + "/pickup-quote?at=" + bad, null), 400);
			assertThat(problem.fields()).as(bad).containsExactly("at");
		}
	}

	@Test
	void aStoreNotAcceptingOrdersOrInactiveSaysSo() {
		this.store.acceptingOrders(false).active(false);
		this.api.put(STORES + "/" + this.storeId, admin(), this.store.build()).expectStatus().isOk();

		Quote quote = quote();

		assertThat(quote.orderable()).isFalse();
		assertThat(quote.blockers()).containsExactly("STORE_INACTIVE", "NOT_ACCEPTING_ORDERS");
	}

	@Test
	void anUnknownStoreIsNotFoundAndABadIdIsNamed() {
		assertThat(problem(this.api.get(STORES + "/" + UUID.randomUUID() + "/pickup-quote", null), 404).typeSlug())
			.isEqualTo("store-not-found");
		Problem bad = problem(this.api.get(STORES + "/manek-chowk/pickup-quote", null), 400);
		assertThat(bad.fields()).containsExactly("storeId");
	}

	private Quote quote() {
		return quote("");
	}

	private Quote quote(String query) {
		return this.api.get(STORES + "/" + this.storeId + "/pickup-quote" + query, null)
			.expectStatus()
			.isOk()
			.expectBody(Quote.class)
			.returnResult()
			.getResponseBody();
	}

	record Quote(UUID storeId, boolean storeActive, boolean openNow, boolean acceptingOrders, int estimatedMinutes,
			boolean orderable, List<String> blockers) {
	}

}
