package com.jainshikanji.notification.device;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/** Apps register the device they run on for push notifications, and remove it. */
@RestController
@RequestMapping("/api/v1/notifications/devices")
@Tag(name = "Devices",
		description = "The signed-in user's devices for push notifications: register the Firebase Cloud Messaging "
				+ "token the app got (again on every start: registering is idempotent), remove it on sign-out.")
class DeviceController {

	private final DeviceRegistry registry;

	DeviceController(DeviceRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register this device for push notifications",
			description = "A token registered before (by anyone) now belongs to the caller. At most 10 devices per "
					+ "user: the oldest makes room.")
	DeviceResponse register(@Valid @RequestBody DeviceRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.registry.register(user.id(), request.token(), request.platform());
	}

	@GetMapping
	@Operation(summary = "List the caller's devices")
	List<DeviceResponse> devices(@AuthenticationPrincipal AuthenticatedUser user) {
		return this.registry.devicesOf(user.id());
	}

	@DeleteMapping("/{deviceId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a device", description = "The caller's own, or anyone's for an admin.")
	void remove(@PathVariable UUID deviceId, @AuthenticationPrincipal AuthenticatedUser user) {
		this.registry.remove(deviceId, user);
	}

}
