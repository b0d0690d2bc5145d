package com.jainshikanji.store.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.jspecify.annotations.Nullable;
import org.hibernate.type.SqlTypes;

import com.jainshikanji.common.money.Money;

/**
 * The postal codes a store delivers to at one fee and delivery time. Its content changes
 * as a whole, from validated {@link ZoneDetails}.
 */
@Entity
@Table(name = "delivery_zones")
class DeliveryZone {

	/**
	 * Among several zones covering a postal code, the one the customer pays least for
	 * wins, then the fastest; the id keeps the choice stable.
	 * @param charge what the customer pays for delivery through a zone: its fee (or the
	 * store's), or nothing when delivery is free, so that waived fees all tie and the
	 * fastest zone wins
	 */
	static Comparator<DeliveryZone> preferred(Function<DeliveryZone, Money> charge) {
		return Comparator.comparing(charge)
			.thenComparingInt((zone) -> zone.estimatedMinutes)
			.thenComparing((zone) -> zone.id);
	}

	@Id
	private UUID id;

	private UUID storeId;

	private String name;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> postalCodes = new ArrayList<>();

	private @Nullable Money deliveryFee;

	@Column(name = "estimated_time_minutes")
	private int estimatedMinutes;

	@Column(name = "is_active")
	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected DeliveryZone() {
	}

	private DeliveryZone(UUID storeId, Instant now) {
		this.id = UUID.randomUUID();
		this.storeId = storeId;
		this.createdAt = now;
	}

	static DeliveryZone draw(UUID storeId, ZoneDetails details, Instant now) {
		DeliveryZone zone = new DeliveryZone(storeId, now);
		zone.change(details, now);
		return zone;
	}

	void change(ZoneDetails details, Instant now) {
		this.name = details.name();
		this.postalCodes = new ArrayList<>(details.postalCodes());
		this.deliveryFee = details.deliveryFee();
		this.estimatedMinutes = details.estimatedMinutes();
		this.active = details.active();
		this.updatedAt = now;
	}

	ZoneDetails details() {
		return new ZoneDetails(this.name, this.postalCodes, this.deliveryFee, this.estimatedMinutes, this.active);
	}

	/** The zone's fee, or the store's when the zone has none. */
	Money feeOr(Money storeFee) {
		return (this.deliveryFee != null) ? this.deliveryFee : storeFee;
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	int estimatedMinutes() {
		return this.estimatedMinutes;
	}

	DeliveryZoneResponse toResponse() {
		return new DeliveryZoneResponse(this.id, this.storeId, this.name, List.copyOf(this.postalCodes),
				(this.deliveryFee != null) ? this.deliveryFee.amount() : null, this.estimatedMinutes, this.active,
				this.createdAt, this.updatedAt);
	}

}
