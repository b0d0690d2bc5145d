package com.jainshikanji.common.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * What Spring Security's firewall refused in a header or parameter it was asked for, read
 * from its message. The message quotes the refused value as the servlet container decoded
 * it (a header's UTF-8 as ISO-8859-1: "ключ" came back as "ÐºÐ»ÑÑ"), so it is never
 * passed on: the problem names the header or parameter and its rule instead.
 *
 * @param value whether the value was refused, not the name
 * @param name the header or parameter, or {@code null} when its name was the fault and is
 * not printable
 * @param header whether it is a header, not a parameter
 */
record FirewallRejection(boolean value, @Nullable String name, boolean header) {

	private static final Pattern VALUE = Pattern
		.compile("The request was rejected because the (header|parameter): \"(.*?) \" has a value .*", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile(
			"The request was rejected because the (header|parameter) name \"(.*)\" is not allowed\\.", Pattern.DOTALL);

	private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]{1,100}");

	/**
	 * What the exception refused, or {@code null} when its message is not one of these.
	 */
	static @Nullable FirewallRejection of(RequestRejectedException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : "";
		Matcher value = VALUE.matcher(message);
		if (value.matches()) {
			return new FirewallRejection(true, printable(value.group(2)), "header".equals(value.group(1)));
		}
		Matcher name = NAME.matcher(message);
		if (name.matches()) {
			return new FirewallRejection(false, printable(name.group(2)), "header".equals(name.group(1)));
		}
		return null;
	}

	private static @Nullable String printable(String name) {
		return PRINTABLE.matcher(name).matches() ? name : null;
	}

	/**
	 * The rule the value broke, as a validation problem states it. Only what the firewall
	 * checks: a header's own rule differs by endpoint (an Idempotency-Key is 8 to 100
	 * characters for staff writes, 1 to 255 for order placement), and printable ASCII is
	 * part of every one.
	 */
	String rule() {
		return this.header ? "must be printable ASCII text" : "must not contain control characters";
	}

	/** The detail of a malformed-request problem for a refused name. */
	String nameDetail() {
		String kind = this.header ? "header" : "parameter";
		return (this.name != null) ? "The " + kind + " name \"" + this.name + "\" is not allowed"
				: "A " + kind + " name has characters that are not allowed";
	}

}
