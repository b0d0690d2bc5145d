package com.jainshikanji.loyalty.coupons;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/loyalty/campaigns")
@Validated
@Tag(name = "Campaigns", description = "Campaigns and their coupon codes (admins only).")
class CampaignController {

	private final CampaignAdmin admin;

	CampaignController(CampaignAdmin admin) {
		this.admin = admin;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a campaign")
	CampaignResponse create(@Valid @RequestBody CampaignRequest request) {
		return this.admin.create(request.terms(true));
	}

	@GetMapping
	@Operation(summary = "List campaigns, newest first")
	CampaignResponse.Page list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.admin.list(page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One campaign, with its uses so far")
	CampaignResponse get(@PathVariable UUID id) {
		return this.admin.get(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a campaign's terms (uses already taken stay taken)",
			description = "Replaces the terms with the body's; without active, a campaign switched off stays off "
					+ "and one on stays on.")
	CampaignResponse update(@PathVariable UUID id, @Valid @RequestBody CampaignRequest request) {
		return this.admin.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Switch a campaign off (its history stays)")
	void deactivate(@PathVariable UUID id) {
		this.admin.deactivate(id);
	}

}
