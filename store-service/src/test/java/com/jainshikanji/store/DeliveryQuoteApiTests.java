package com.jainshikanji.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.store.Requests.aZone;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote order placement relies on. The store charges 30.00 by default, delivers free
 * from 500.00, takes orders from 100.00 and needs 15 minutes to prepare; its Old City
 * zone charges 20.00 and takes 25 minutes.
 */
@StoreServiceTest
class DeliveryQuoteApiTests {

	@Autowired
	RestTestClient client;

	Api api;

	Requests.StoreBuilder store;

	UUID storeId;

	UUID oldCity;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = Requests.aStore()
			.minimumOrderValue("100.00")
			.deliveryFee("30.00")
			.freeDeliveryThreshold("500.00")
			.preparationMinutes(15);
		this.storeId = Api.id(this.api.createStore(this.store.build()));
		this.api.setHours(this.storeId, Requests.alwaysOpen());
		this.oldCity = Api
			.id(this.api.addZone(this.storeId, aZone("Old City", "380001", "380002").fee("20.00").minutes(25)));
	}

	@Test
	void aCoveredPostalCodeIsDeliverableAtTheZonesFeeAndTime() {
		Quote quote = quote("380001", "250.00");

		assertThat(quote.storeId()).isEqualTo(this.storeId);
		assertThat(quote.deliverable()).isTrue();
		assertThat(quote.zoneId()).isEqualTo(this.oldCity);
		assertThat(quote.zoneName()).isEqualTo("Old City");
		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("20.00"));
		assertThat(quote.freeDelivery()).isFalse();
		assertThat(quote.estimatedMinutes()).isEqualTo(25 + 15);
		assertThat(quote.storeActive()).isTrue();
		assertThat(quote.openNow()).isTrue();
		assertThat(quote.acceptingOrders()).isTrue();
		assertThat(quote.minimumOrderValue()).isEqualTo(new BigDecimal("100.00"));
		assertThat(quote.subtotal()).isEqualTo(new BigDecimal("250.00"));
		assertThat(quote.meetsMinimumOrder()).isTrue();
		assertThat(quote.orderable()).isTrue();
		assertThat(quote.blockers()).isEmpty();
	}

	@Test
	void aZoneWithoutItsOwnFeeChargesTheStoresDeliveryFee() {
		this.api.addZone(this.storeId, aZone("Satellite", "380015").minutes(40));

		Quote quote = quote("380015", "250");

		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("30.00"));
		assertThat(quote.estimatedMinutes()).isEqualTo(40 + 15);
	}

	@Test
	void aPostalCodeNoZoneCoversIsNotDeliverable() {
		Quote quote = quote("400050", "250");

		assertThat(quote.deliverable()).isFalse();
		assertThat(quote.zoneId()).isNull();
		assertThat(quote.deliveryFee()).isNull();
		assertThat(quote.estimatedMinutes()).isNull();
		assertThat(quote.orderable()).isFalse();
		assertThat(quote.blockers()).containsExactly("NOT_DELIVERABLE");
	}

	@Test
	void anInactiveZoneDeliversNowhere() {
		Requests.Zone change = aZone("Old City", "380001", "380002").fee("20.00").minutes(25).active(false).build();
		this.api.put(STORES + "/" + this.storeId + "/delivery-zones/" + this.oldCity, admin(), change)
			.expectStatus()
			.isOk();

		assertThat(quote("380001", "250").deliverable()).isFalse();
	}

	@Test
	void anInactiveStoreDeliversNowhere() {
		this.store.active(false);
		this.api.put(STORES + "/" + this.storeId, admin(), this.store.build()).expectStatus().isOk();

		Quote quote = quote("380001", "250");

		assertThat(quote.deliverable()).isFalse();
		assertThat(quote.storeActive()).isFalse();
		assertThat(quote.deliveryFee()).isNull();
		assertThat(quote.blockers()).containsExactly("STORE_INACTIVE");
	}

	@Test
	void reachingTheFreeDeliveryThresholdMakesDeliveryFree() {
		Quote free = quote("380001", "500.00");
		Quote justBelow = quote("380001", "499.99");

		assertThat(free.deliveryFee()).isEqualTo(new BigDecimal("0.00"));
		assertThat(free.freeDelivery()).isTrue();
		assertThat(free.orderable()).isTrue();
		assertThat(justBelow.deliveryFee()).isEqualTo(new BigDecimal("20.00"));
		assertThat(justBelow.freeDelivery()).isFalse();
	}

	@Test
	void aClosedStoreStillQuotesButCannotTakeTheOrderNow() {
		this.api.setHours(this.storeId, Requests.closedAllWeek());

		Quote quote = quote("380001", "250");

		assertThat(quote.deliverable()).isTrue();
		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("20.00"));
		assertThat(quote.openNow()).isFalse();
		assertThat(quote.orderable()).isFalse();
		assertThat(quote.blockers()).containsExactly("CLOSED");
	}

	@Test
	void aStoreNotAcceptingOrdersSaysSo() {
		this.store.acceptingOrders(false);
		this.api.put(STORES + "/" + this.storeId, admin(), this.store.build()).expectStatus().isOk();

		Quote quote = quote("380001", "250");

		assertThat(quote.deliverable()).isTrue();
		assertThat(quote.openNow()).isTrue();
		assertThat(quote.acceptingOrders()).isFalse();
		assertThat(quote.blockers()).containsExactly("NOT_ACCEPTING_ORDERS");
	}

	@Test
	void aSubtotalBelowTheMinimumOrderIsFlagged() {
		Quote below = quote("380001", "99.99");
		Quote exactly = quote("380001", "100");

		assertThat(below.meetsMinimumOrder()).isFalse();
		assertThat(below.orderable()).isFalse();
		assertThat(below.blockers()).containsExactly("BELOW_MINIMUM_ORDER");
		assertThat(exactly.meetsMinimumOrder()).isTrue();
		assertThat(exactly.orderable()).isTrue();
	}

	@Test
	void withoutASubtotalNeitherTheMinimumNorFreeDeliveryIsJudged() {
		Quote quote = quote("380001", null);

		assertThat(quote.subtotal()).isNull();
		assertThat(quote.meetsMinimumOrder()).isNull();
		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("20.00"));
		assertThat(quote.minimumOrderValue()).isEqualTo(new BigDecimal("100.00"));
		assertThat(quote.orderable()).isTrue();
	}

	@Test
	void postalCodesAreComparedWithoutSpacesOrCase() {
		this.api.addZone(this.storeId, aZone("London", "SW1A 1AA").fee("50").minutes(30));

		Quote spaced = quote("380 001", null);
		Quote lowerCase = quote("sw1a1aa", null);

		assertThat(spaced.deliverable()).isTrue();
		assertThat(spaced.postalCode()).isEqualTo("380001");
		assertThat(lowerCase.deliverable()).isTrue();
		assertThat(lowerCase.zoneName()).isEqualTo("London");
	}

	@Test
	void postalCodesAreComparedWithoutHyphensWhicheverSideHasThem() {
		Map<String, Object> zone = this.api.addZone(this.storeId, aZone("Navrangpura", "380-009").minutes(30));
		this.api.addZone(this.storeId, aZone("Satellite", "380015").minutes(40));

		assertThat(zone.get("postalCodes")).isEqualTo(List.of("380009"));
		for (String spelling : List.of("380009", "380-009", "380 009", "380 - 009")) {
			Quote quote = quote(spelling, null);
			assertThat(quote.deliverable()).as(spelling).isTrue();
			assertThat(quote.zoneName()).as(spelling).isEqualTo("Navrangpura");
			assertThat(quote.postalCode()).as(spelling).isEqualTo("380009");
		}
		assertThat(quote("380-015", null).zoneName()).isEqualTo("Satellite");
	}

	@Test
	void theCheapestCoveringZoneWins() {
		this.api.addZone(this.storeId, aZone("Express", "380002").fee("45.00").minutes(10));
		UUID cheap = Api.id(this.api.addZone(this.storeId, aZone("Saver", "380002").fee("10.00").minutes(60)));

		Quote quote = quote("380002", "250");

		assertThat(quote.zoneId()).isEqualTo(cheap);
		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("10.00"));
		assertThat(quote.estimatedMinutes()).isEqualTo(60 + 15);
	}

	@Test
	void withFreeDeliveryTheFastestCoveringZoneWins() {
		UUID express = Api.id(this.api.addZone(this.storeId, aZone("Express", "380002").fee("45.00").minutes(10)));
		UUID saver = Api.id(this.api.addZone(this.storeId, aZone("Saver", "380002").fee("10.00").minutes(60)));

		Quote free = quote("380002", "500.00");
		Quote charged = quote("380002", "499.99");

		assertThat(free.freeDelivery()).isTrue();
		assertThat(free.zoneId()).isEqualTo(express);
		assertThat(free.deliveryFee()).isEqualTo(new BigDecimal("0.00"));
		assertThat(free.estimatedMinutes()).isEqualTo(10 + 15);
		assertThat(charged.zoneId()).isEqualTo(saver);
		assertThat(charged.deliveryFee()).isEqualTo(new BigDecimal("10.00"));
	}

	@Test
	void aBadPostalCodeIsRefusedNamingTheParameter() {
		for (String query : List.of("postalCode=!!", "postalCode=12", "postalCode=", "subtotal=10")) {
			Problem problem = problem(this.api.get(quotePath() + "?" + query, null), 400);
			assertThat(problem.fields()).as(query).containsExactly("postalCode");
		}
	}

	@Test
	void aNegativeOrMalformedSubtotalIsRefusedNamingTheParameter() {
		for (String subtotal : List.of("-0.01", "ten", "1.001")) {
			Problem problem = problem(this.api.get(quotePath() + "?postalCode=380001&subtotal=" + subtotal, null), 400);
			assertThat(problem.fields()).as(subtotal).containsExactly("subtotal");
		}
	}

	@Test
	void anUnknownStoreIsNotFound() {
		Problem problem = problem(
				this.api.get(STORES + "/" + UUID.randomUUID() + "/delivery-quote?postalCode=380001", null), 404);
		assertThat(problem.typeSlug()).isEqualTo("store-not-found");
	}

	private Quote quote(String postalCode, String subtotal) {
		String query = "?postalCode=" + postalCode + ((subtotal != null) ? "&subtotal=" + subtotal : "");
		return this.api.get(quotePath() + query, null)
			.expectStatus()
			.isOk()
			.expectBody(Quote.class)
			.returnResult()
			.getResponseBody();
	}

	private String quotePath() {
		return STORES + "/" + this.storeId + "/delivery-quote";
	}

	record Quote(UUID storeId, String postalCode, boolean deliverable, UUID zoneId, String zoneName,
			BigDecimal deliveryFee, boolean freeDelivery, Integer estimatedMinutes, boolean storeActive,
			boolean openNow, boolean acceptingOrders, BigDecimal minimumOrderValue, BigDecimal subtotal,
			Boolean meetsMinimumOrder, boolean orderable, List<String> blockers) {
	}

}
