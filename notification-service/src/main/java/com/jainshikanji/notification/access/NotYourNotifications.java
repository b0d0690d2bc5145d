package com.jainshikanji.notification.access;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Someone else's notifications, preferences or devices: only they and admins may. */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "not-your-notifications", title = "Not your notifications")
public class NotYourNotifications extends RuntimeException {

	NotYourNotifications() {
		super("Only the user themselves or an admin may do this");
	}

}
