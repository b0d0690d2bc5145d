package com.jainshikanji.store.outlet;

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
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.store.outlet.OperatingHoursResponse.DayHoursResponse;

/**
 * A store: where it is, how customers reach it, what it asks of an order and its weekly
 * operating hours. A new store is closed all week until its hours are set. Settings
 * change as a whole from validated {@link StoreDetails}; the hours are replaced a week at
 * a time.
 */
@Entity
@Table(name = "stores")
class Store {

	@Id
	private UUID id;

	private String slug;

	private String name;

	private @Nullable String description;

	@Embedded
	private Contact contact;

	@Embedded
	private PostalAddress address;

	/** Hibernate leaves it {@code null} when both columns are. */
	@Embedded
	private @Nullable Coordinates coordinates;

	private String timeZone;

	@Column(name = "is_active")
	private boolean active;

	@Column(name = "is_accepting_orders")
	private boolean acceptingOrders;

	@Embedded
	private OrderSettings orderSettings;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@ElementCollection
	@CollectionTable(name = "store_operating_hours", joinColumns = @JoinColumn(name = "store_id"))
	private List<DailyHours> operatingHours = new ArrayList<>();

	protected Store() {
	}

	private Store(UUID id, StoreDetails details, Instant now) {
		this.id = id;
		this.createdAt = now;
		change(details, now);
		changeHours(WeeklyHours.closedAllWeek(), now);
	}

	/** A new store, closed all week until its hours are set. */
	static Store create(StoreDetails details, Instant now) {
		return new Store(UUID.randomUUID(), details, now);
	}

	/** Replaces every setting. */
	void change(StoreDetails details, Instant now) {
		this.slug = details.slug();
		this.name = details.name();
		this.description = details.description();
		this.contact = details.contact();
		this.address = details.address();
		this.coordinates = details.coordinates();
		this.timeZone = details.timeZone().getId();
		this.active = details.active();
		this.acceptingOrders = details.acceptingOrders();
		this.orderSettings = details.orderSettings();
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

	StoreDetails details() {
		return new StoreDetails(this.slug, this.name, this.description, this.contact, this.address, this.coordinates,
				zone(), this.active, this.acceptingOrders, this.orderSettings);
	}

	WeeklyHours hours() {
		Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
		this.operatingHours.forEach((daily) -> days.put(daily.day(), daily.hours()));
		return WeeklyHours.of(days);
	}

	ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	/** Whether the operating hours cover the instant, in the store's own zone. */
	boolean hoursCover(Instant instant) {
		return hours().isOpenAt(instant, zone());
	}

	/**
	 * Whether the store is open at the instant: active, and its hours cover it. A
	 * deactivated store is not open, whatever hours it kept.
	 */
	boolean isOpenAt(Instant instant) {
		return this.active && hoursCover(instant);
	}

	UUID id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	/**
	 * The terms say apart whether the store is active and whether its hours cover the
	 * moment, so that a quote names each reason an order cannot be placed.
	 */
	DeliveryTerms deliveryTerms(Instant now) {
		return new DeliveryTerms(this.id, this.active, this.acceptingOrders, hoursCover(now),
				this.orderSettings.minimumOrderValue(), this.orderSettings.deliveryFee(),
				this.orderSettings.freeDeliveryThreshold(), this.orderSettings.preparationMinutes());
	}

	StoreResponse toResponse(Instant now) {
		OrderSettings settings = this.orderSettings;
		return new StoreResponse(this.id, this.slug, this.name, this.description, this.contact, this.address,
				this.coordinates, this.timeZone, this.active, this.acceptingOrders, isOpenAt(now),
				settings.minimumOrderValue().amount(), settings.deliveryFee().amount(),
				(settings.freeDeliveryThreshold() != null) ? settings.freeDeliveryThreshold().amount() : null,
				settings.preparationMinutes(), this.createdAt, this.updatedAt);
	}

	OperatingHoursResponse toHoursResponse(Instant now) {
		WeeklyHours week = hours();
		return new OperatingHoursResponse(this.id, this.timeZone, isOpenAt(now),
				DayHoursResponse.of(week.on(DayOfWeek.MONDAY)), DayHoursResponse.of(week.on(DayOfWeek.TUESDAY)),
				DayHoursResponse.of(week.on(DayOfWeek.WEDNESDAY)), DayHoursResponse.of(week.on(DayOfWeek.THURSDAY)),
				DayHoursResponse.of(week.on(DayOfWeek.FRIDAY)), DayHoursResponse.of(week.on(DayOfWeek.SATURDAY)),
				DayHoursResponse.of(week.on(DayOfWeek.SUNDAY)));
	}

}
