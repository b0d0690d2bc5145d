package com.jainshikanji.notification.device;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * The devices push notifications go to. A user keeps at most {@link #MAX_PER_USER}: the
 * oldest registration makes room for a new one. Tokens the push provider reports gone are
 * forgotten.
 */
@Service
public class DeviceRegistry {

	static final int MAX_PER_USER = 10;

	private final Devices devices;

	private final Clock clock;

	DeviceRegistry(Devices devices, Clock clock) {
		this.devices = devices;
		this.clock = clock;
	}

	/** The push tokens of the user's devices, newest first. */
	@Transactional(readOnly = true)
	public List<String> tokensOf(UUID userId) {
		return this.devices.findByUserIdOrderByRegisteredAtDesc(userId).stream().map(Device::token).toList();
	}

	@Transactional(readOnly = true)
	public boolean hasAny(UUID userId) {
		return this.devices.existsByUserId(userId);
	}

	/** The push provider says the token no longer reaches an app. */
	@Transactional
	public void forget(String token) {
		this.devices.deleteByToken(token);
	}

	@Transactional
	DeviceResponse register(UUID userId, String token, DevicePlatform platform) {
		// An app registering twice at once, or one user's apps registering at once at the
		// cap (which all removed the same oldest device): one after the other, instead of
		// a 409. The token first, then the user, always in that order, so that no two
		// registrations wait for each other.
		this.devices.lockRegistrations(token);
		this.devices.lockRegistrationsOf(userId);
		Device device = this.devices.findByToken(token).map((existing) -> {
			existing.registeredBy(userId, platform, this.clock.instant());
			return existing;
		}).orElseGet(() -> this.devices.save(new Device(userId, token, platform, this.clock.instant())));
		this.devices.flush();
		this.devices.keepNewest(userId, MAX_PER_USER);
		return device.toResponse();
	}

	@Transactional(readOnly = true)
	List<DeviceResponse> devicesOf(UUID userId) {
		return this.devices.findByUserIdOrderByRegisteredAtDesc(userId).stream().map(Device::toResponse).toList();
	}

	/** Removes one of the caller's devices (an admin may remove anyone's). */
	@Transactional
	void remove(UUID deviceId, AuthenticatedUser caller) {
		Device device = this.devices.findById(deviceId)
			.filter((found) -> caller.isSelfOrAdmin(found.userId()))
			.orElseThrow(() -> new DeviceNotFound(deviceId));
		this.devices.delete(device);
	}

}
