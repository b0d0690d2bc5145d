package com.jainshikanji.store.outlet;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.money.Money;

import static com.jainshikanji.store.outlet.StoreDetailsBuilder.aStore;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store's rules, without a database. 2026-11-18 is a Wednesday; Asia/Kolkata is
 * UTC+05:30.
 */
class StoreTests {

	static final Instant CREATED = Instant.parse("2026-11-16T04:30:00Z");

	/** Wednesday 12:00 in Ahmedabad. */
	static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-18T06:30:00Z");

	@Test
	void aNewStoreIsClosedEveryDayUntilItsHoursAreSet() {
		Store store = Store.create(aStore().build(), CREATED);

		for (DayOfWeek day : DayOfWeek.values()) {
			assertThat(store.hours().on(day).isClosed()).as(day.toString()).isTrue();
		}
		assertThat(store.isOpenAt(WEDNESDAY_NOON)).isFalse();
		assertThat(store.toHoursResponse(WEDNESDAY_NOON).wednesday().closed()).isTrue();
	}

	@Test
	void aNewStoreKeepsItsDetailsAsGiven() {
		StoreDetails details = aStore().description("The original stall").build();

		Store store = Store.create(details, CREATED);

		assertThat(store.details()).isEqualTo(details);
		assertThat(store.slug()).isEqualTo("manek-chowk");
		StoreResponse response = store.toResponse(WEDNESDAY_NOON);
		assertThat(response.id()).isEqualTo(store.id());
		assertThat(response.createdAt()).isEqualTo(CREATED);
		assertThat(response.updatedAt()).isEqualTo(CREATED);
		assertThat(response.minimumOrderValue()).isEqualTo(new BigDecimal("100.00"));
		assertThat(response.freeDeliveryThreshold()).isEqualTo(new BigDecimal("500.00"));
		assertThat(response.estimatedPreparationMinutes()).isEqualTo(15);
		assertThat(response.timeZone()).isEqualTo("Asia/Kolkata");
	}

	@Test
	void aChangeReplacesEverySetting() {
		Store store = Store.create(aStore().build(), CREATED);
		StoreDetails changed = aStore().slug("manek-chowk-night")
			.name("Manek Chowk by night")
			.noCoordinates()
			.timeZone("Asia/Dubai")
			.active(false)
			.acceptingOrders(false)
			.settings(new OrderSettings(Money.ZERO, Money.of("15"), null, 0))
			.build();

		store.change(changed, WEDNESDAY_NOON);

		assertThat(store.details()).isEqualTo(changed);
		StoreResponse response = store.toResponse(WEDNESDAY_NOON);
		assertThat(response.coordinates()).isNull();
		assertThat(response.freeDeliveryThreshold()).isNull();
		assertThat(response.updatedAt()).isEqualTo(WEDNESDAY_NOON);
		assertThat(response.createdAt()).isEqualTo(CREATED);
	}

	@Test
	void newHoursReplaceTheWholeWeekAndDaysLeftOutAreClosed() {
		Store store = Store.create(aStore().build(), CREATED);
		store.changeHours(WeeklyHours.allDayEveryDay(), CREATED);

		store.changeHours(
				WeeklyHours
					.of(Map.of(DayOfWeek.FRIDAY, DayHours.open(LocalTime.parse("18:00"), LocalTime.parse("02:00")))),
				WEDNESDAY_NOON);

		assertThat(store.hours().on(DayOfWeek.FRIDAY).describe()).isEqualTo("18:00-02:00");
		assertThat(store.hours().on(DayOfWeek.WEDNESDAY).isClosed()).isTrue();
		assertThat(store.isOpenAt(WEDNESDAY_NOON)).isFalse();
		assertThat(store.updatedAt()).isEqualTo(WEDNESDAY_NOON);
	}

	@Test
	void openNowIsReadInTheStoresOwnZone() {
		Store store = Store.create(aStore().build(), CREATED);
		store.changeHours(
				WeeklyHours
					.of(Map.of(DayOfWeek.WEDNESDAY, DayHours.open(LocalTime.parse("09:00"), LocalTime.parse("17:00")))),
				CREATED);
		Instant wednesday0630Utc = WEDNESDAY_NOON;

		assertThat(store.isOpenAt(wednesday0630Utc)).as("12:00 in Kolkata").isTrue();
		store.change(aStore().timeZone("America/New_York").build(), CREATED);
		assertThat(store.isOpenAt(wednesday0630Utc)).as("01:30 in New York").isFalse();
	}

	@Test
	void aDeactivatedStoreIsNotOpenThoughItsTermsStillSayWhatItsHoursCover() {
		Store store = Store.create(aStore().active(false).build(), CREATED);
		store.changeHours(WeeklyHours.allDayEveryDay(), CREATED);

		assertThat(store.isOpenAt(WEDNESDAY_NOON)).isFalse();
		assertThat(store.toResponse(WEDNESDAY_NOON).openNow()).isFalse();
		assertThat(store.toHoursResponse(WEDNESDAY_NOON).openNow()).isFalse();
		// A quote names each reason apart: STORE_INACTIVE, and CLOSED only when the hours
		// say so.
		assertThat(store.deliveryTerms(WEDNESDAY_NOON).active()).isFalse();
		assertThat(store.deliveryTerms(WEDNESDAY_NOON).openNow()).isTrue();
	}

	@Test
	void theDeliveryTermsAreTheStoresSettingsAndWhetherItIsOpen() {
		Store store = Store.create(aStore().acceptingOrders(false).build(), CREATED);
		store.changeHours(WeeklyHours.allDayEveryDay(), CREATED);

		DeliveryTerms terms = store.deliveryTerms(WEDNESDAY_NOON);

		assertThat(terms).isEqualTo(new DeliveryTerms(store.id(), true, false, true, Money.of("100.00"),
				Money.of("30.00"), Money.of("500.00"), 15));
		store.changeHours(WeeklyHours.closedAllWeek(), CREATED);
		assertThat(store.deliveryTerms(WEDNESDAY_NOON).openNow()).isFalse();
	}

	@Test
	void theAuditLogSeesEverySettingByItsApiName() {
		Map<String, Object> fields = aStore().build().asFields();

		assertThat(fields).containsEntry("slug", "manek-chowk")
			.containsEntry("contact.email", "manekchowk@jainshikanji.in")
			.containsEntry("address.postalCode", "380001")
			.containsEntry("coordinates", "23.02370000,72.58790000")
			.containsEntry("timeZone", "Asia/Kolkata")
			.containsEntry("minimumOrderValue", new BigDecimal("100.00"))
			.containsEntry("freeDeliveryThreshold", new BigDecimal("500.00"))
			.containsEntry("estimatedPreparationMinutes", 15)
			.containsEntry("acceptingOrders", true);
	}

}
