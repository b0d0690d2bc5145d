package com.jainshikanji.store.store;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.store.OperatingHoursResponse.DayHoursResponse;

/**
 * A store: where it is, how customers reach it, its order settings and its weekly
 * operating hours. Settings change as a whole from validated {@link StoreDetails}; the
 * hours are replaced a week at a time.
 */
@Entity
@Table(name = "stores")
class Store {

	@Id
	private UUID id;

	private String slug;

	private String name;

	private String description;

	private String email;

	private String phone;

	@Column(name = "address_line1")
	private String line1;

	@Column(name = "address_line2")
	private String line2;

	private String city;

	private String state;

	private String postalCode;

	private String country;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String timeZone;

	@Column(name = "is_active")
	private boolean active;

	@Column(name = "is_accepting_orders")
	private boolean acceptingOrders;

	@Column(name = "min_order_value")
	private Money minimumOrderValue;

	private Money deliveryFee;

	@Column(name = "free_delivery_above")
	private Money freeDeliveryThreshold;

	@Column(name = "estimated_prep_time_minutes")
	private int preparationMinutes;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	@ElementCollection
	@CollectionTable(name = "store_operating_hours", joinColumns = @JoinColumn(name = "store_id"))
	private List<DailyHours> operatingHours = new ArrayList<>();

	protected Store() {
	}

	private Store(UUID id, Instant now) {
		this.id = id;
		this.createdAt = now;
	}

	/** A new store, closed all week until its hours are set. */
	static Store create(StoreDetails details, Instant now) {
		Store store = new Store(UUID.randomUUID(), now);
		store.change(details, now);
		return store;
	}

	void change(StoreDetails details, Instant now) {
		this.slug = details.slug();
		this.name = details.name();
		this.description = details.description();
		this.email = details.contact().email();
		this.phone = details.contact().phone();
		PostalAddress address = details.address();
		this.line1 = address.line1();
		this.line2 = address.line2();
		this.city = address.city();
		this.state = address.state();
		this.postalCode = address.postalCode();
		this.country = address.country();
		this.latitude = (details.coordinates() != null) ? details.coordinates().latitude() : null;
		this.longitude = (details.coordinates() != null) ? details.coordinates().longitude() : null;
		this.timeZone = details.timeZone().getId();
		this.active = details.active();
		this.acceptingOrders = details.acceptingOrders();
		this.minimumOrderValue = details.minimumOrderValue();
		this.deliveryFee = details.deliveryFee();
		this.freeDeliveryThreshold = details.freeDeliveryThreshold();
		this.preparationMinutes = details.preparationMinutes();
		this.updatedAt = now;
	}

	/** Replaces the whole week; days the week leaves out are closed. */
	void changeHours(WeeklyHours week, Instant now) {
		this.operatingHours.clear();
		for (DayOfWeek day : DayOfWeek.values()) {
			this.operatingHours.add(new DailyHours(day, week.on(day)));
		}
		this.updatedAt = now;
	}

	WeeklyHours hours() {
		Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
		this.operatingHours.forEach((daily) -> days.put(daily.day(), daily.hours()));
		return WeeklyHours.of(days);
	}

	ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	boolean isOpenAt(Instant instant) {
		return hours().isOpenAt(instant, zone());
	}

	UUID id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	DeliveryTerms deliveryTerms(Instant now) {
		return new DeliveryTerms(this.id, this.active, this.acceptingOrders, isOpenAt(now), this.minimumOrderValue,
				this.deliveryFee, this.freeDeliveryThreshold, this.preparationMinutes);
	}

	StoreResponse toResponse(Instant now) {
		Coordinates coordinates = (this.latitude != null) ? new Coordinates(this.latitude, this.longitude) : null;
		return new StoreResponse(this.id, this.slug, this.name, this.description, new Contact(this.email, this.phone),
				new PostalAddress(this.line1, this.line2, this.city, this.state, this.postalCode, this.country),
				coordinates, this.timeZone, this.active, this.acceptingOrders, isOpenAt(now),
				this.minimumOrderValue.amount(), this.deliveryFee.amount(),
				(this.freeDeliveryThreshold != null) ? this.freeDeliveryThreshold.amount() : null,
				this.preparationMinutes, this.createdAt, this.updatedAt);
	}

	OperatingHoursResponse toHoursResponse(Instant now) {
		WeeklyHours week = hours();
		return new OperatingHoursResponse(this.id, this.timeZone, week.isOpenAt(now, zone()),
				DayHoursResponse.of(week.on(DayOfWeek.MONDAY)), DayHoursResponse.of(week.on(DayOfWeek.TUESDAY)),
				DayHoursResponse.of(week.on(DayOfWeek.WEDNESDAY)), DayHoursResponse.of(week.on(DayOfWeek.THURSDAY)),
				DayHoursResponse.of(week.on(DayOfWeek.FRIDAY)), DayHoursResponse.of(week.on(DayOfWeek.SATURDAY)),
				DayHoursResponse.of(week.on(DayOfWeek.SUNDAY)));
	}

}
