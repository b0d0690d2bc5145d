package com.jainshikanji.inventory.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The public menu as customers read it (pages of products, products, categories,
 * customizations), kept in memory as response records, never entities.
 *
 * <p>
 * Entries are dropped when what they show changes: {@link MenuInvalidation} hears every
 * catalog and stock event, this instance's right after its commit and every instance's
 * from Kafka. Three more rules keep an entry from outliving what it shows:
 * <ul>
 * <li>Availability windows: whether a product can be ordered changes by itself when its
 * window opens or closes, so nothing is served past the next such moment of any product
 * (they are rare: seasonal products).</li>
 * <li>A read racing an invalidation: a value read from the database before an
 * invalidation may predate the change, so it is not kept (every invalidation starts a new
 * generation; a read keeps its value only if the generation did not move meanwhile).</li>
 * <li>Until this instance hears Kafka (and again after it lost its partitions) nothing is
 * cached: it could not hear what it would have to drop.</li>
 * </ul>
 * An entry lives at most {@link MenuCacheProperties#ttl()} whatever happens, and all
 * entries together hold at most {@link MenuCacheProperties#maximumWeight()} products.
 * Hits and misses are the {@code cache.gets} meter ({@code cache="menu"},
 * {@code result=hit|miss}).
 */
@Component
class MenuCache {

	static final String NAME = "menu";

	private final Cache<Key<?>, Object> entries;

	private final boolean enabled;

	private final ProductSearch search;

	private final Clock clock;

	private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(0, null));

	private volatile boolean listening;

	MenuCache(MenuCacheProperties properties, ProductSearch search, Clock clock, MeterRegistry registry) {
		this.enabled = properties.enabled();
		this.search = search;
		this.clock = clock;
		this.entries = Caffeine.newBuilder()
			.maximumWeight(properties.maximumWeight())
			.weigher((Key<?> key, Object value) -> weight(value))
			.expireAfterWrite(properties.ttl())
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(registry, this.entries, NAME);
	}

	/** The entry for {@code key}, read with {@code load} when there is none. */
	<T> T get(Key<T> key, Supplier<T> load) {
		if (!this.enabled || !this.listening) {
			return load.get();
		}
		Instant now = this.clock.instant();
		Generation current = this.generation.get();
		if (current.validUntil() != null && !now.isBefore(current.validUntil())) {
			invalidateAll();
			current = this.generation.get();
		}
		@SuppressWarnings("unchecked") // only get() puts, always a T under a Key<T>
		T cached = (T) this.entries.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		if (current.validUntil() == null) {
			Generation bounded = new Generation(current.number(), this.search.nextAvailabilityChange(now));
			current = this.generation.compareAndSet(current, bounded) ? bounded : current;
		}
		T loaded = load.get();
		this.entries.put(key, loaded);
		if (this.generation.get().number() != current.number()) {
			this.entries.invalidate(key);
		}
		return loaded;
	}

	/**
	 * A product was added, changed or archived: its own entries, and every page (it may
	 * enter or leave any of them).
	 */
	void productChanged(UUID productId) {
		invalidate((key, value) -> switch (key) {
			case Page _ -> true;
			case OneProduct _ -> ((ProductResponse) value).id().equals(productId);
			case Customizations customizations -> customizations.productId().equals(productId);
			case CategoryList _, OneCategory _ -> false;
		});
	}

	/**
	 * What a store can sell changed: the pages filtered by stock at that store. Nothing
	 * else shows stock.
	 */
	void stockChanged(UUID storeId) {
		invalidate((key, value) -> key instanceof Page page && storeId.equals(page.query().inStockAt()));
	}

	/** Products show their category, so a category change drops everything. */
	void invalidateAll() {
		this.generation.updateAndGet(Generation::next);
		this.entries.invalidateAll();
	}

	/**
	 * Whether entries may be kept: only while this instance hears every invalidation.
	 * Entries kept before are dropped either way, since what dropped them may have gone
	 * unheard.
	 */
	void listening(boolean listening) {
		this.listening = false;
		invalidateAll();
		this.listening = listening;
	}

	boolean listening() {
		return this.listening;
	}

	private void invalidate(EntryFilter filter) {
		this.generation.updateAndGet(Generation::next);
		this.entries.asMap().entrySet().removeIf((entry) -> filter.test(entry.getKey(), entry.getValue()));
	}

	/** Roughly how many products an entry holds. */
	private static int weight(Object value) {
		return switch (value) {
			case ProductPageResponse page -> 1 + page.items().size();
			case List<?> list -> 1 + list.size();
			default -> 1;
		};
	}

	/**
	 * A cache entry's key; {@code T} is the response it holds. Only public (non-admin)
	 * views are cached: admins see cost prices and read the database.
	 */
	sealed interface Key<T> {

	}

	/** A page of products, by every filter, sort and page parameter. */
	record Page(ProductQuery query) implements Key<ProductPageResponse> {
	}

	/** A product by id or slug, as asked (one product may have an entry under each). */
	record OneProduct(String idOrSlug) implements Key<ProductResponse> {
	}

	record Customizations(UUID productId) implements Key<List<CustomizationResponse>> {
	}

	record CategoryList() implements Key<List<CategoryResponse>> {
	}

	record OneCategory(String idOrSlug) implements Key<CategoryResponse> {
	}

	@FunctionalInterface
	private interface EntryFilter {

		boolean test(Key<?> key, Object value);

	}

	/**
	 * Entries read since the last invalidation; they hold until {@code validUntil}, when
	 * some product's availability window opens or closes ({@code null}: not known yet).
	 */
	private record Generation(long number, @Nullable Instant validUntil) {

		Generation next() {
			return new Generation(this.number + 1, null);
		}

	}

}
