package com.jainshikanji.loyalty.coupons;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/** Campaign terms that contradict each other. */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "invalid-campaign", title = "Invalid campaign")
class InvalidCampaign extends RuntimeException implements ProblemExtensions {

	private final String field;

	InvalidCampaign(String field, String rule) {
		super(field + ": " + rule);
		this.field = field;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("field", this.field);
	}

}
