package com.jainshikanji.notification.device;

/** Where a push token comes from; Firebase Cloud Messaging reaches all three. */
enum DevicePlatform {

	ANDROID, IOS, WEB

}
