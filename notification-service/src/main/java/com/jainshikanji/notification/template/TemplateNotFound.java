package com.jainshikanji.notification.template;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

@ProblemType(status = HttpStatus.NOT_FOUND, slug = "template-not-found", title = "Template not found")
class TemplateNotFound extends RuntimeException {

	TemplateNotFound(NotificationKind kind, Channel channel) {
		super("There is no " + channel + " template for " + kind + " notifications");
	}

}
