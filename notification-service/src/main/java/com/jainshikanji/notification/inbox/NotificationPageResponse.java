package com.jainshikanji.notification.inbox;

import java.util.List;

/**
 * A page of someone's notifications, newest first.
 *
 * @param unreadCount all their unread notifications, not only this page's
 */
record NotificationPageResponse(List<NotificationResponse> items, int page, int size, long totalElements,
		int totalPages, long unreadCount) {
}
