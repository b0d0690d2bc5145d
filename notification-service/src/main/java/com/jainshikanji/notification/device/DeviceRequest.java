package com.jainshikanji.notification.device;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A push token from Firebase Cloud Messaging's SDK in the app.
 *
 * @param token the FCM registration token
 * @param platform ANDROID, IOS or WEB
 */
record DeviceRequest(
		@NotBlank @Size(max = 4096) @Pattern(regexp = "[A-Za-z0-9:_\\-.]+",
				message = "must be a push registration token (letters, digits and : _ - .)") String token,
		@NotNull DevicePlatform platform) {
}
