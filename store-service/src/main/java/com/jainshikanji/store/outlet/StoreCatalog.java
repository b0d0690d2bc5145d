package com.jainshikanji.store.store;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on stores and their hours; the public methods are how the other features
 * reach a store.
 */
@Service
public class StoreCatalog {

	private final Stores stores;

	private final Clock clock;

	StoreCatalog(Stores stores, Clock clock) {
		this.stores = stores;
		this.clock = clock;
	}

	/** Fails with {@link StoreNotFound} unless the store exists. */
	@Transactional(readOnly = true)
	public void requireExists(UUID storeId) {
		if (!this.stores.existsById(storeId)) {
			throw new StoreNotFound(storeId);
		}
	}

	/** The store's delivery settings and whether it is open right now. */
	@Transactional(readOnly = true)
	public DeliveryTerms deliveryTerms(UUID storeId) {
		return load(storeId).deliveryTerms(this.clock.instant());
	}

	@Transactional(readOnly = true)
	StorePageResponse search(String city, Boolean active, int page, int size) {
		Instant now = this.clock.instant();
		PageRequest request = PageRequest.of(page, size, Sort.by("name", "id"));
		String cityFilter = (city == null || city.isBlank()) ? null : city.strip();
		return StorePageResponse
			.of(this.stores.search(cityFilter, active, request).map((store) -> store.toResponse(now)));
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
		Store store = Store.create(details, now);
		store.changeHours(WeeklyHours.closedAllWeek(), now);
		return this.stores.saveAndFlush(store).toResponse(now);
	}

	@Transactional
	StoreResponse change(UUID storeId, StoreDetails details) {
		Store store = load(storeId);
		if (this.stores.existsBySlugAndIdNot(details.slug(), storeId)) {
			throw new StoreSlugTaken(details.slug());
		}
		Instant now = this.clock.instant();
		store.change(details, now);
		this.stores.flush();
		return store.toResponse(now);
	}

	@Transactional(readOnly = true)
	OperatingHoursResponse hours(UUID storeId) {
		return load(storeId).toHoursResponse(this.clock.instant());
	}

	@Transactional
	OperatingHoursResponse changeHours(UUID storeId, WeeklyHours week) {
		Store store = load(storeId);
		Instant now = this.clock.instant();
		store.changeHours(week, now);
		this.stores.flush();
		return store.toHoursResponse(now);
	}

	private Store load(UUID storeId) {
		return this.stores.findById(storeId).orElseThrow(() -> new StoreNotFound(storeId));
	}

}
