package com.jainshikanji.notification.campaign;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.notification.kind.NotificationKind;

/** Order, account and stock notifications follow events; admins send the others. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "kind-not-sendable", title = "Kind not sendable")
class KindNotSendable extends RuntimeException {

	KindNotSendable(NotificationKind kind) {
		super(kind + " notifications follow events; admins send PROMOTION and ANNOUNCEMENT only");
	}

}
