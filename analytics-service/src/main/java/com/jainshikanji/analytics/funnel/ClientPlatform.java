package com.jainshikanji.analytics.funnel;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which app sent an event. */
enum ClientPlatform {

	@JsonProperty("web")
	WEB("web"),

	@JsonProperty("android")
	ANDROID("android"),

	@JsonProperty("ios")
	IOS("ios");

	private final String code;

	ClientPlatform(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

}
