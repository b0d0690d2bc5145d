package com.jainshikanji.analytics.stores;

import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the store service about stores new to the directory, and now and then about known
 * ones (a store may move to another zone, or be renamed), outside any event's
 * transaction: an event never waits for, or fails because of, the store service.
 */
@Component
class StoreDirectoryRefresher {

	private final StoreDirectory directory;

	private final StoreClient client;

	StoreDirectoryRefresher(StoreDirectory directory, StoreClient client) {
		this.directory = directory;
		this.client = client;
	}

	@Scheduled(fixedDelayString = "${analytics.stores.check-interval:30s}",
			initialDelayString = "${analytics.stores.check-interval:30s}")
	void lookUp() {
		for (UUID storeId : this.directory.dueForLookup()) {
			this.client.describe(storeId)
				.ifPresentOrElse((store) -> this.directory.described(storeId, store.name(), store.timeZone()),
						() -> this.directory.notDescribed(storeId));
		}
	}

}
