package com.jainshikanji.notification.template;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

/** Account security emails carry links that open the account: email only. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "channel-not-allowed",
		title = "Channel not allowed for this kind")
class ChannelNotAllowed extends RuntimeException {

	ChannelNotAllowed(NotificationKind kind, Channel channel) {
		super(kind + " notifications are sent by " + kind.allowedChannels() + " only, not " + channel);
	}

}
