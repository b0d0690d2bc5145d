package com.jainshikanji.store.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.store.store.StoreCatalog;

/** Use cases on a store's delivery zones. */
@Service
class DeliveryZoneManagement {

	private final DeliveryZones zones;

	private final StoreCatalog stores;

	private final Clock clock;

	DeliveryZoneManagement(DeliveryZones zones, StoreCatalog stores, Clock clock) {
		this.zones = zones;
		this.stores = stores;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<DeliveryZoneResponse> zones(UUID storeId) {
		this.stores.requireExists(storeId);
		return this.zones.findByStoreIdOrderByNameAscIdAsc(storeId).stream().map(DeliveryZone::toResponse).toList();
	}

	@Transactional(readOnly = true)
	DeliveryZoneResponse zone(UUID storeId, UUID zoneId) {
		return load(storeId, zoneId).toResponse();
	}

	@Transactional
	DeliveryZoneResponse draw(UUID storeId, ZoneDetails details) {
		this.stores.requireExists(storeId);
		return this.zones.saveAndFlush(DeliveryZone.draw(storeId, details, this.clock.instant())).toResponse();
	}

	@Transactional
	DeliveryZoneResponse change(UUID storeId, UUID zoneId, ZoneDetails details) {
		DeliveryZone zone = load(storeId, zoneId);
		Instant now = this.clock.instant();
		zone.change(details, now);
		this.zones.flush();
		return zone.toResponse();
	}

	@Transactional
	void remove(UUID storeId, UUID zoneId) {
		this.zones.delete(load(storeId, zoneId));
	}

	private DeliveryZone load(UUID storeId, UUID zoneId) {
		return this.zones.findByIdAndStoreId(zoneId, storeId)
			.orElseThrow(() -> new DeliveryZoneNotFound(storeId, zoneId));
	}

}
