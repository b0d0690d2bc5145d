package com.jainshikanji.notification.device;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.NOT_FOUND, slug = "device-not-found", title = "Device not found")
class DeviceNotFound extends RuntimeException {

	DeviceNotFound(UUID id) {
		super("No device " + id + " is registered for you");
	}

}
