package com.jainshikanji.notification.device;

import java.time.Instant;
import java.util.UUID;

/** A registered device; its token is not shown back. */
record DeviceResponse(UUID id, DevicePlatform platform, Instant registeredAt) {
}
