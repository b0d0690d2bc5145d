package com.jainshikanji.store.outlet;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.store.audit.Changes;

/**
 * Use cases on stores and their hours; the public methods are how the other features
 * reach a store. Every change is recorded in the audit log, in the change's transaction.
 */
@Service
public class StoreCatalog {

	static final String STORE = "store";

	private final Stores stores;

	private final AuditLog auditLog;

	private final Clock clock;

	StoreCatalog(Stores stores, AuditLog auditLog, Clock clock) {
		this.stores = stores;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Fails with a 404 problem unless the store exists. */
	@Transactional(readOnly = true)
	public void requireExists(UUID storeId) {
		if (!this.stores.existsById(storeId)) {
			throw new StoreNotFound(storeId);
		}
	}

	/**
	 * The store's delivery settings and whether it is open at the moment an order is for.
	 * @param at when the order is for (a scheduled order); now when {@code null}
	 */
	@Transactional(readOnly = true)
	public DeliveryTerms deliveryTerms(UUID storeId, @Nullable Instant at) {
		return load(storeId).deliveryTerms((at != null) ? at : this.clock.instant());
	}

	/**
	 * One page of stores by name. Admins list every store, and only those with the given
	 * active flag when they give one; everyone else browses the active stores, and is
	 * refused deactivated ones.
	 * @param admin whether the caller is an admin
	 */
	@Transactional(readOnly = true)
	StorePageResponse search(@Nullable String city, @Nullable Boolean active, boolean admin, int page, int size) {
		if (!admin && Boolean.FALSE.equals(active)) {
			throw new InactiveStoresNotListed();
		}
		Instant now = this.clock.instant();
		PageRequest request = PageRequest.of(page, size, Sort.by("name", "id"));
		String cityFilter = (city == null || city.isBlank()) ? null : city.strip();
		Boolean activeFilter = admin ? active : Boolean.TRUE;
		return StorePageResponse
			.of(this.stores.search(cityFilter, activeFilter, request).map((store) -> store.toResponse(now)));
	}

	@Transactional(readOnly = true)
	StoreResponse store(UUID storeId) {
		return load(storeId).toResponse(this.clock.instant());
	}

	@Transactional
	StoreResponse create(StoreDetails details) {
		if (this.stores.existsBySlug(details.slug())) {
			throw new StoreSlugTaken(details.slug());
		}
		Instant now = this.clock.instant();
		Store store = this.stores.saveAndFlush(Store.create(details, now));
		AuditEvent created = AuditEvent.of("store.created", STORE, store.id()).atStore(store.id());
		for (Map.Entry<String, @Nullable Object> field : details.asFields().entrySet()) {
			created = created.with(field.getKey(), field.getValue());
		}
		this.auditLog.record(created);
		return store.toResponse(now);
	}

	@Transactional
	StoreResponse change(UUID storeId, StoreDetails details) {
		Store store = load(storeId);
		if (this.stores.existsBySlugAndIdNot(details.slug(), storeId)) {
			throw new StoreSlugTaken(details.slug());
		}
		StoreDetails before = store.details();
		Instant now = this.clock.instant();
		store.change(details, now);
		this.stores.flush();
		var changes = Changes.between(before.asFields(), details.asFields());
		if (!changes.isEmpty()) {
			this.auditLog
				.record(AuditEvent.of("store.updated", STORE, storeId).atStore(storeId).with("changes", changes));
		}
		if (before.acceptingOrders() != details.acceptingOrders()) {
			// Also on its own, so "who stopped the orders?" is one filter away.
			this.auditLog.record(AuditEvent
				.of(details.acceptingOrders() ? "store.orders-resumed" : "store.orders-paused", STORE, storeId)
				.atStore(storeId));
		}
		return store.toResponse(now);
	}

	@Transactional(readOnly = true)
	OperatingHoursResponse hours(UUID storeId) {
		return load(storeId).toHoursResponse(this.clock.instant());
	}

	@Transactional
	OperatingHoursResponse changeHours(UUID storeId, WeeklyHours week) {
		Store store = load(storeId);
		WeeklyHours before = store.hours();
		Instant now = this.clock.instant();
		store.changeHours(week, now);
		this.stores.flush();
		var changes = Changes.between(before.asFields(), week.asFields());
		if (!changes.isEmpty()) {
			this.auditLog
				.record(AuditEvent.of("store.hours-changed", STORE, storeId).atStore(storeId).with("changes", changes));
		}
		return store.toHoursResponse(now);
	}

	private Store load(UUID storeId) {
		return this.stores.findById(storeId).orElseThrow(() -> new StoreNotFound(storeId));
	}

}
