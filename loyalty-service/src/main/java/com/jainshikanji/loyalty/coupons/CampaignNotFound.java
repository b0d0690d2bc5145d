package com.jainshikanji.loyalty.coupons;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.NOT_FOUND, slug = "campaign-not-found", title = "Campaign not found")
class CampaignNotFound extends RuntimeException {

	CampaignNotFound(UUID id) {
		super("No campaign " + id);
	}

}
