package com.jainshikanji.order.order;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One step in an order's history: the status it reached (or kept, for something worth
 * telling the customer), who did it, when, and what they said. Written only by
 * {@link Order}'s transitions; never changed afterwards.
 */
@Entity
@Table(name = "order_timeline")
class TimelineEntry {

	/**
	 * Given when the entry is stored. An id set before that would make saving its order
	 * (a merge, which reaches the entries it cascades to) read the entry by that id
	 * first, to tell whether it is new: one SELECT more for every status change.
	 */
	@Id
	@GeneratedValue
	private @Nullable UUID id;

	private OrderStatus status;

	private @Nullable String note;

	@Column(name = "updated_by")
	private @Nullable UUID actorId;

	@Column(name = "updated_by_name")
	private @Nullable String actorName;

	@Column(name = "updated_by_role")
	private String actorRole;

	private Instant createdAt;

	protected TimelineEntry() {
	}

	TimelineEntry(OrderStatus status, @Nullable String note, Actor actor, Instant now) {
		this.status = status;
		this.note = note;
		this.actorId = actor.userId();
		this.actorName = actor.name();
		this.actorRole = actor.role().code();
		this.createdAt = now;
	}

	OrderStatus status() {
		return this.status;
	}

	@Nullable String note() {
		return this.note;
	}

	TimelineResponse toResponse() {
		return new TimelineResponse(this.status, this.note, this.actorRole, this.actorId, this.actorName,
				this.createdAt);
	}

}
