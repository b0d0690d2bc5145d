package com.jainshikanji.notification.device;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An app installation that receives push notifications: its push token belongs to one
 * user at a time (a phone that changes hands moves to its new user).
 */
@Entity
@Table(name = "devices")
class Device {

	@Id
	private UUID id;

	private UUID userId;

	private String token;

	@Enumerated(EnumType.STRING)
	private DevicePlatform platform;

	private Instant registeredAt;

	protected Device() {
	}

	Device(UUID userId, String token, DevicePlatform platform, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.token = token;
		this.platform = platform;
		this.registeredAt = now;
	}

	/** The token registered again, by whoever uses the app now. */
	void registeredBy(UUID userId, DevicePlatform platform, Instant now) {
		this.userId = userId;
		this.platform = platform;
		this.registeredAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID userId() {
		return this.userId;
	}

	String token() {
		return this.token;
	}

	DeviceResponse toResponse() {
		return new DeviceResponse(this.id, this.platform, this.registeredAt);
	}

}
