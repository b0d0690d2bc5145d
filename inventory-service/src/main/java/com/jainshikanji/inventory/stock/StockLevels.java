package com.jainshikanji.inventory.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.inventory.catalog.ProductLookup;
import com.jainshikanji.inventory.stock.InsufficientStock.Shortage;
import com.jainshikanji.inventory.stores.StoreClient;

/**
 * Use cases on stock: what staff do at a store (adjust, count, set levels, read the audit
 * trail) and what other features need (reserve, sell and release held stock; receive
 * goods). Every quantity change goes through {@link StockLedger}, is recorded in the
 * audit trail, and publishes the stock events it causes, all in the caller's transaction:
 * the outbox stores them, and the menu cache of the instance drops what they make stale
 * once the transaction committed. Changes to several rows take them in product id order.
 */
@Service
public class StockLevels {

	private final StockLedger ledger;

	private final StockAdjustments adjustments;

	private final StockViews views;

	private final ApplicationEventPublisher events;

	private final ProductLookup products;

	private final StoreClient stores;

	private final AuditLog audit;

	private final Clock clock;

	StockLevels(StockLedger ledger, StockAdjustments adjustments, StockViews views, ApplicationEventPublisher events,
			ProductLookup products, StoreClient stores, AuditLog audit, Clock clock) {
		this.ledger = ledger;
		this.adjustments = adjustments;
		this.views = views;
		this.events = events;
		this.products = products;
		this.stores = stores;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Holds every line at the store, or none: when any product is short the whole call
	 * fails (and the caller's transaction rolls back what was already held).
	 * @throws InsufficientStock naming every product short
	 */
	@Transactional
	public void reserve(UUID storeId, Collection<StockLine> lines, Actor actor) {
		Instant now = this.clock.instant();
		List<Shortage> shortages = new ArrayList<>();
		for (StockLine line : StockLine.inLockOrder(lines)) {
			Optional<StockLedger.Change> change = this.ledger.reserve(storeId, line.productId(), line.quantity(), now);
			if (change.isPresent()) {
				applied(storeId, line.productId(), StockChangeReason.RESERVED, change.get(), actor, now);
			}
			else {
				int available = this.ledger.level(storeId, line.productId()).map(StockLevel::available).orElse(0);
				shortages.add(new Shortage(line.productId(), line.quantity(), available));
			}
		}
		if (!shortages.isEmpty()) {
			throw new InsufficientStock(storeId, shortages);
		}
	}

	/**
	 * What can still be sold of each product the store stocks, among those given; a
	 * product the store does not stock is not in the map.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, SellableStock> sellableAt(UUID storeId, Collection<UUID> productIds) {
		return this.ledger.sellableAt(storeId, productIds);
	}

	/** Held units are sold: they leave both the shelf and the reservation. */
	@Transactional
	public void sellReserved(UUID storeId, Collection<StockLine> lines, Actor actor) {
		Instant now = this.clock.instant();
		for (StockLine line : StockLine.inLockOrder(lines)) {
			applied(storeId, line.productId(), StockChangeReason.SOLD,
					this.ledger.sellReserved(storeId, line.productId(), line.quantity(), now), actor, now);
		}
	}

	/** Sold units come back, because their order was cancelled after all. */
	@Transactional
	public void returnSold(UUID storeId, Collection<StockLine> lines, Actor actor) {
		Instant now = this.clock.instant();
		for (StockLine line : StockLine.inLockOrder(lines)) {
			applied(storeId, line.productId(), StockChangeReason.ORDER_CANCELLED,
					this.ledger.returnSold(storeId, line.productId(), line.quantity(), now), actor, now);
		}
	}

	/**
	 * Held units become available again.
	 * @param expired whether the reservation ran out rather than being released
	 */
	@Transactional
	public void releaseReserved(UUID storeId, Collection<StockLine> lines, Actor actor, boolean expired) {
		Instant now = this.clock.instant();
		StockChangeReason reason = expired ? StockChangeReason.RESERVATION_EXPIRED
				: StockChangeReason.RESERVATION_RELEASED;
		for (StockLine line : StockLine.inLockOrder(lines)) {
			applied(storeId, line.productId(), reason,
					this.ledger.releaseReserved(storeId, line.productId(), line.quantity(), now), actor, now);
		}
	}

	/**
	 * Goods arrived at the store, e.g. with a purchase order; stock rows are created for
	 * products the store did not stock yet. All lines or none.
	 * @throws StockLimitExceeded when a product's stock would pass {@link StockLevel#MAX}
	 */
	@Transactional
	public void receive(UUID storeId, Collection<StockLine> lines, Actor actor) {
		Instant now = this.clock.instant();
		for (StockLine line : StockLine.inLockOrder(lines)) {
			this.ledger.ensureRow(storeId, line.productId(), now);
			StockLedger.Change change = this.ledger.add(storeId, line.productId(), line.quantity(), now)
				.orElseThrow(() -> refusedAdding(storeId, line.productId(), line.quantity()));
			applied(storeId, line.productId(), StockChangeReason.PURCHASE_ORDER, change, actor, now);
		}
	}

	/**
	 * Adds or takes away units for a reason a person gives, once per request key when
	 * there is one: the same request again with the key gets the adjustment it made.
	 * @param requestKey the request's Idempotency-Key, if it had one
	 * @throws InvalidStockChange when the reason does not explain the change
	 * @throws InsufficientStock when fewer units would be left than reservations hold
	 * @throws StockLimitExceeded when more than {@link StockLevel#MAX} would be
	 * @throws IdempotencyKeyReused when the key made another adjustment of this stock
	 */
	@Transactional
	Adjusted adjust(UUID storeId, UUID productId, AdjustmentRequest request, @Nullable String requestKey,
			UUID actorId) {
		request.reason().check(request.change());
		Instant now = this.clock.instant();
		if (request.change() > 0) {
			this.products.requireAll(List.of(productId));
			requireStoreForNewRow(storeId, productId);
			this.ledger.ensureRow(storeId, productId, now);
		}
		if (requestKey != null) {
			// Under the row's lock: a retry arriving while the first is being applied
			// waits for it, then finds what it made.
			this.ledger.lock(storeId, productId);
			Optional<AdjustmentResponse> earlier = this.adjustments.madeFor(storeId, productId, requestKey);
			if (earlier.isPresent()) {
				if (!request.made(earlier.get())) {
					throw new IdempotencyKeyReused(storeId, productId, earlier.get().id());
				}
				return new Adjusted(earlier.get(), true);
			}
		}
		StockLedger.Change change = this.ledger.add(storeId, productId, request.change(), now)
			.orElseThrow(() -> refusedAdding(storeId, productId, request.change()));
		AdjustmentResponse adjustment = applied(storeId, productId, request.reason().recorded(), change,
				new Actor(actorId, null, request.note()), requestKey, now);
		this.audit.record(AuditEvent.of("stock.adjusted", "product", productId)
			.atStore(storeId)
			.with("reason", request.reason())
			.with("change", request.change())
			.with("stockBefore", change.before().current())
			.with("stockAfter", change.after().current())
			.with("note", request.note()));
		return new Adjusted(adjustment, false);
	}

	/**
	 * An adjustment and whether it was made before, for an earlier request with the same
	 * key.
	 */
	record Adjusted(AdjustmentResponse adjustment, boolean replayed) {
	}

	@Transactional
	AdjustmentResponse count(UUID storeId, UUID productId, CountRequest request, UUID actorId) {
		Instant now = this.clock.instant();
		StockLedger.Change change = this.ledger.count(storeId, productId, request.countedStock(), now)
			.orElseThrow(() -> new StockNotFound(storeId, productId));
		AdjustmentResponse adjustment = applied(storeId, productId, StockChangeReason.STOCK_COUNT, change,
				new Actor(actorId, null, request.note()), now);
		this.audit.record(AuditEvent.of("stock.counted", "product", productId)
			.atStore(storeId)
			.with("stockBefore", change.before().current())
			.with("counted", request.countedStock())
			.with("note", request.note()));
		return adjustment;
	}

	@Transactional
	StockResponse setLevels(UUID storeId, UUID productId, Levels levels) {
		this.products.requireAll(List.of(productId));
		Optional<StockResponse> before = this.views.find(storeId, productId);
		if (before.isEmpty()) {
			// A new stock row: see requireStoreForNewRow.
			this.stores.requireExists(storeId);
		}
		StockLedger.Change change = this.ledger.setLevels(storeId, productId, levels, this.clock.instant());
		publish(storeId, productId, change);
		StockResponse after = stock(storeId, productId);
		this.audit.record(AuditEvent.of("stock.levels-set", "product", productId)
			.atStore(storeId)
			.with("before", before.map(StockLevels::levelsOf).orElse(null))
			.with("after", levelsOf(after)));
		return after;
	}

	private static Map<String, Object> levelsOf(StockResponse stock) {
		Map<String, Object> levels = new LinkedHashMap<>();
		levels.put("minStock", stock.minStock());
		levels.put("maxStock", stock.maxStock());
		levels.put("reorderPoint", stock.reorderPoint());
		levels.put("unit", stock.unit());
		if (stock.costPerUnit() != null) {
			levels.put("costPerUnit", stock.costPerUnit());
		}
		return levels;
	}

	@Transactional(readOnly = true)
	StockResponse stock(UUID storeId, UUID productId) {
		return this.views.find(storeId, productId).orElseThrow(() -> new StockNotFound(storeId, productId));
	}

	@Transactional(readOnly = true)
	StockPageResponse atStore(UUID storeId, boolean lowOnly, int page, int size) {
		return new StockPageResponse(this.views.atStore(storeId, lowOnly, page, size), page, size,
				this.views.countAtStore(storeId, lowOnly));
	}

	/** A product's stock at the given stores, or at all of them when {@code null}. */
	@Transactional(readOnly = true)
	List<StockResponse> ofProduct(UUID productId, @Nullable Set<UUID> storeIds) {
		this.products.requireAll(List.of(productId));
		return this.views.ofProduct(productId, storeIds);
	}

	/**
	 * The audit trail of a store, or of one product there when {@code productId} is set.
	 */
	@Transactional(readOnly = true)
	AdjustmentPageResponse adjustments(UUID storeId, @Nullable UUID productId, int page, int size) {
		return new AdjustmentPageResponse(this.adjustments.of(storeId, productId, page, size), page, size,
				this.adjustments.count(storeId, productId));
	}

	/**
	 * Refuses to start keeping stock of a product at a store the store service does not
	 * know (404 {@code store-not-found}; 503 when it cannot say). Asked only before a
	 * stock row is created, so that changing stock already kept never waits for, or fails
	 * with, the store service. Called before any row is locked: it may wait for the store
	 * service's answer, bounded by the client's timeouts, the first time this instance
	 * meets the store.
	 */
	private void requireStoreForNewRow(UUID storeId, UUID productId) {
		if (this.ledger.level(storeId, productId).isEmpty()) {
			this.stores.requireExists(storeId);
		}
	}

	private AdjustmentResponse applied(UUID storeId, UUID productId, StockChangeReason reason,
			StockLedger.Change change, Actor actor, Instant now) {
		return applied(storeId, productId, reason, change, actor, null, now);
	}

	private AdjustmentResponse applied(UUID storeId, UUID productId, StockChangeReason reason,
			StockLedger.Change change, Actor actor, @Nullable String requestKey, Instant now) {
		AdjustmentResponse adjustment = this.adjustments.record(storeId, productId, reason, change, actor, requestKey,
				now);
		publish(storeId, productId, change);
		return adjustment;
	}

	private void publish(UUID storeId, UUID productId, StockLedger.Change change) {
		change.after().eventsSince(change.before(), productId, storeId).forEach(this.events::publishEvent);
	}

	/** Why adding {@code change} units (taking away when negative) was refused. */
	private RuntimeException refusedAdding(UUID storeId, UUID productId, int change) {
		return this.ledger.level(storeId, productId).<RuntimeException>map((level) -> {
			if (level.exceedsMaxWith(change)) {
				return new StockLimitExceeded(storeId, productId, level.current(), change);
			}
			return new InsufficientStock(storeId, List.of(new Shortage(productId, -change, level.available())));
		}).orElseGet(() -> new StockNotFound(storeId, productId));
	}

}
