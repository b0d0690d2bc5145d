package com.jainshikanji.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Test data builders for the request bodies, as a client app would send them: each starts
 * valid with only what is required, and tests set what they are about. Fields left
 * {@code null} are left out of the JSON.
 */
final class Requests {

	private Requests() {
	}

	static String uniqueSlug() {
		return "store-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A new store in Ahmedabad with a unique slug and every optional setting left out.
	 */
	static StoreBuilder aStore() {
		return new StoreBuilder();
	}

	/** A week with the same hours every day. */
	static WeekBuilder everyDay(String opensAt, String closesAt) {
		WeekBuilder week = new WeekBuilder();
		for (Day day : Day.values()) {
			week.open(day, opensAt, closesAt);
		}
		return week;
	}

	/** Open around the clock, every day: open now whenever a test runs. */
	static WeekBuilder alwaysOpen() {
		return everyDay("00:00", "00:00");
	}

	static WeekBuilder closedAllWeek() {
		WeekBuilder week = new WeekBuilder();
		for (Day day : Day.values()) {
			week.closed(day);
		}
		return week;
	}

	/** A zone covering the postal codes, at the store's fee and the default time. */
	static ZoneBuilder aZone(String name, String... postalCodes) {
		return new ZoneBuilder(name, List.of(postalCodes));
	}

	/** Ravi Shah, with an email, in the given job. */
	static StaffBuilder aStaffMember(UUID userId, String role) {
		return new StaffBuilder(userId, role);
	}

	/** The full new content of a staff record. */
	static StaffChange aStaffChange(String name, String role, boolean active) {
		return new StaffChange(name, null, null, role, active, null);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Store(String slug, String name, String description, Contact contact, Address address,
			Coordinates coordinates, String timeZone, Boolean active, Boolean acceptingOrders,
			BigDecimal minimumOrderValue, BigDecimal deliveryFee, BigDecimal freeDeliveryThreshold,
			Integer estimatedPreparationMinutes) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Contact(String email, String phone) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Address(String line1, String line2, String city, String state, String postalCode, String country) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Coordinates(BigDecimal latitude, BigDecimal longitude) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Week(DayHours monday, DayHours tuesday, DayHours wednesday, DayHours thursday, DayHours friday,
			DayHours saturday, DayHours sunday) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record DayHours(Boolean closed, String opensAt, String closesAt) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Zone(String name, List<String> postalCodes, BigDecimal deliveryFee, Integer estimatedMinutes,
			Boolean active) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Staff(UUID userId, String name, String email, String phone, String role, LocalDate hireDate) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record StaffChange(String name, String email, String phone, String role, Boolean active, LocalDate hireDate) {

		StaffChange withoutActive() {
			return new StaffChange(this.name, this.email, this.phone, this.role, null, this.hireDate);
		}

	}

	enum Day {

		MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY

	}

	static final class StoreBuilder {

		private String slug = uniqueSlug();

		private String name = "Jain Shikanji Test";

		private String description;

		private Contact contact = new Contact("store@example.com", "+91 79 2214 0001");

		private Address address = new Address("Manek Chowk", null, "Ahmedabad", "Gujarat", "380001", null);

		private Coordinates coordinates;

		private String timeZone;

		private Boolean active;

		private Boolean acceptingOrders;

		private BigDecimal minimumOrderValue;

		private BigDecimal deliveryFee;

		private BigDecimal freeDeliveryThreshold;

		private Integer preparationMinutes;

		StoreBuilder slug(String slug) {
			this.slug = slug;
			return this;
		}

		StoreBuilder name(String name) {
			this.name = name;
			return this;
		}

		StoreBuilder description(String description) {
			this.description = description;
			return this;
		}

		StoreBuilder contact(String email, String phone) {
			this.contact = new Contact(email, phone);
			return this;
		}

		StoreBuilder address(Address address) {
			this.address = address;
			return this;
		}

		StoreBuilder city(String city) {
			Address a = this.address;
			this.address = new Address(a.line1(), a.line2(), city, a.state(), a.postalCode(), a.country());
			return this;
		}

		StoreBuilder coordinates(String latitude, String longitude) {
			this.coordinates = new Coordinates(new BigDecimal(latitude), new BigDecimal(longitude));
			return this;
		}

		StoreBuilder coordinates(Coordinates coordinates) {
			this.coordinates = coordinates;
			return this;
		}

		StoreBuilder timeZone(String timeZone) {
			this.timeZone = timeZone;
			return this;
		}

		StoreBuilder active(boolean active) {
			this.active = active;
			return this;
		}

		StoreBuilder acceptingOrders(boolean acceptingOrders) {
			this.acceptingOrders = acceptingOrders;
			return this;
		}

		StoreBuilder minimumOrderValue(String amount) {
			this.minimumOrderValue = new BigDecimal(amount);
			return this;
		}

		StoreBuilder deliveryFee(String amount) {
			this.deliveryFee = new BigDecimal(amount);
			return this;
		}

		StoreBuilder freeDeliveryThreshold(String amount) {
			this.freeDeliveryThreshold = new BigDecimal(amount);
			return this;
		}

		StoreBuilder preparationMinutes(int minutes) {
			this.preparationMinutes = minutes;
			return this;
		}

		Store build() {
			return new Store(this.slug, this.name, this.description, this.contact, this.address, this.coordinates,
					this.timeZone, this.active, this.acceptingOrders, this.minimumOrderValue, this.deliveryFee,
					this.freeDeliveryThreshold, this.preparationMinutes);
		}

	}

	static final class WeekBuilder {

		private final EnumMap<Day, DayHours> days = new EnumMap<>(Day.class);

		WeekBuilder open(Day day, String opensAt, String closesAt) {
			this.days.put(day, new DayHours(null, opensAt, closesAt));
			return this;
		}

		WeekBuilder closed(Day day) {
			this.days.put(day, new DayHours(true, null, null));
			return this;
		}

		/** Any day, valid or not, e.g. closed with an opening time. */
		WeekBuilder day(Day day, DayHours hours) {
			this.days.put(day, hours);
			return this;
		}

		WeekBuilder without(Day day) {
			this.days.remove(day);
			return this;
		}

		Week build() {
			return new Week(this.days.get(Day.MONDAY), this.days.get(Day.TUESDAY), this.days.get(Day.WEDNESDAY),
					this.days.get(Day.THURSDAY), this.days.get(Day.FRIDAY), this.days.get(Day.SATURDAY),
					this.days.get(Day.SUNDAY));
		}

	}

	static final class ZoneBuilder {

		private String name;

		private List<String> postalCodes;

		private BigDecimal fee;

		private Integer minutes;

		private Boolean active;

		private ZoneBuilder(String name, List<String> postalCodes) {
			this.name = name;
			this.postalCodes = new ArrayList<>(postalCodes);
		}

		ZoneBuilder name(String name) {
			this.name = name;
			return this;
		}

		ZoneBuilder postalCodes(String... postalCodes) {
			this.postalCodes = new ArrayList<>(Arrays.asList(postalCodes));
			return this;
		}

		ZoneBuilder fee(String amount) {
			this.fee = new BigDecimal(amount);
			return this;
		}

		ZoneBuilder minutes(int minutes) {
			this.minutes = minutes;
			return this;
		}

		ZoneBuilder active(boolean active) {
			this.active = active;
			return this;
		}

		Zone build() {
			return new Zone(this.name, this.postalCodes, this.fee, this.minutes, this.active);
		}

	}

	static final class StaffBuilder {

		private final UUID userId;

		private final String role;

		private String name = "Ravi Shah";

		private String email = "ravi@example.com";

		private String phone;

		private LocalDate hireDate;

		private StaffBuilder(UUID userId, String role) {
			this.userId = userId;
			this.role = role;
		}

		StaffBuilder name(String name) {
			this.name = name;
			return this;
		}

		StaffBuilder email(String email) {
			this.email = email;
			return this;
		}

		StaffBuilder phone(String phone) {
			this.phone = phone;
			return this;
		}

		StaffBuilder hireDate(String date) {
			this.hireDate = LocalDate.parse(date);
			return this;
		}

		Staff build() {
			return new Staff(this.userId, this.name, this.email, this.phone, this.role, this.hireDate);
		}

	}

}
