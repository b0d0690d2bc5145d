package com.jainshikanji.notification.channel;

/** Sends text messages. */
public interface SmsProvider {

	/**
	 * @param phone the number in E.164 form, e.g. +919800000003
	 * @param text the message
	 */
	SendOutcome send(String phone, String text);

}
