package com.jainshikanji.loyalty.rewards;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Something in the catalog, for a number of points. */
@Entity
@Table(name = "rewards")
class Reward {

	@Id
	private UUID id;

	private String name;

	private @Nullable String description;

	private int pointsCost;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	Reward(String name, @Nullable String description, int pointsCost, Instant at) {
		if (pointsCost < 1) {
			throw new IllegalArgumentException("A reward costs at least one point");
		}
		this.id = UUID.randomUUID();
		this.name = name;
		this.description = description;
		this.pointsCost = pointsCost;
		this.active = true;
		this.createdAt = at;
		this.updatedAt = at;
	}

	@SuppressWarnings("NullAway.Init")
	protected Reward() {
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	@Nullable String description() {
		return this.description;
	}

	int pointsCost() {
		return this.pointsCost;
	}

	boolean active() {
		return this.active;
	}

}
