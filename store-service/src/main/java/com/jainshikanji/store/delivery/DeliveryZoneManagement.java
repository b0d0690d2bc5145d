package com.jainshikanji.store.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.store.audit.Changes;
import com.jainshikanji.store.outlet.StoreCatalog;

/**
 * Use cases on a store's delivery zones. Each change is recorded in the audit log, in the
 * change's transaction: {@code delivery-zone.created}, {@code delivery-zone.updated},
 * {@code delivery-zone.deleted}.
 */
@Service
class DeliveryZoneManagement {

	static final String ZONE = "delivery-zone";

	private final DeliveryZones zones;

	private final StoreCatalog stores;

	private final AuditLog auditLog;

	private final Clock clock;

	DeliveryZoneManagement(DeliveryZones zones, StoreCatalog stores, AuditLog auditLog, Clock clock) {
		this.zones = zones;
		this.stores = stores;
		this.auditLog = auditLog;
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
		DeliveryZone zone = this.zones.saveAndFlush(DeliveryZone.draw(storeId, details, this.clock.instant()));
		AuditEvent created = AuditEvent.of("delivery-zone.created", ZONE, zone.id()).atStore(storeId);
		for (Map.Entry<String, @Nullable Object> field : details.asFields().entrySet()) {
			created = created.with(field.getKey(), field.getValue());
		}
		this.auditLog.record(created);
		return zone.toResponse();
	}

	@Transactional
	DeliveryZoneResponse change(UUID storeId, UUID zoneId, ZoneDetails details) {
		DeliveryZone zone = load(storeId, zoneId);
		ZoneDetails before = zone.details();
		zone.change(details, this.clock.instant());
		this.zones.flush();
		var changes = Changes.between(before.asFields(), details.asFields());
		if (!changes.isEmpty()) {
			this.auditLog
				.record(AuditEvent.of("delivery-zone.updated", ZONE, zoneId).atStore(storeId).with("changes", changes));
		}
		return zone.toResponse();
	}

	@Transactional
	void remove(UUID storeId, UUID zoneId) {
		DeliveryZone zone = load(storeId, zoneId);
		this.zones.delete(zone);
		this.auditLog.record(AuditEvent.of("delivery-zone.deleted", ZONE, zoneId)
			.atStore(storeId)
			.with("name", zone.name())
			.with("postalCodes", zone.details().postalCodes()));
	}

	private DeliveryZone load(UUID storeId, UUID zoneId) {
		return this.zones.findByIdAndStoreId(zoneId, storeId)
			.orElseThrow(() -> new DeliveryZoneNotFound(storeId, zoneId));
	}

}
