package com.jainshikanji.notification.inbox;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such notification, or it is someone else's: the same answer for both. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "notification-not-found", title = "Notification not found")
class NotificationNotFound extends RuntimeException {

	NotificationNotFound(UUID id) {
		super("You have no notification " + id);
	}

}
