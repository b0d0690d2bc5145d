package com.jainshikanji.notification.kind;

/** A way of reaching someone. */
public enum Channel {

	/** An email (HTML and plain text) over SMTP. */
	EMAIL,

	/** A text message through the SMS provider. */
	SMS,

	/** A push notification to the person's registered devices. */
	PUSH,

	/** An entry in the person's notification list in the apps. */
	IN_APP

}
