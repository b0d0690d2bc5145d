package com.jainshikanji.loyalty.coupons;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;

/** Admins' campaign changes, each audited in its own transaction. */
@Service
@Transactional
class CampaignAdmin {

	private final Campaigns campaigns;

	private final AuditLog audit;

	private final Clock clock;

	CampaignAdmin(Campaigns campaigns, AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.audit = audit;
		this.clock = clock;
	}

	CampaignResponse create(CampaignTerms terms) {
		if (terms.code() != null && this.campaigns.existsByCode(terms.code())) {
			throw new CouponCodeTaken(terms.code());
		}
		Campaign campaign = this.campaigns.saveAndFlush(new Campaign(terms, this.clock.instant()));
		this.audit.record(AuditEvent.of("campaign.created", "campaign", campaign.id())
			.with("name", terms.name())
			.with("code", terms.code())
			.with("discountType", terms.discountType().code())
			.with("discountValue", terms.discountValue())
			.with("usageLimit", terms.usageLimit()));
		return CampaignResponse.of(campaign);
	}

	/**
	 * Changes the campaign's terms under its row lock, so a limit is judged against the
	 * uses taken so far and no checkout takes one meanwhile. A request that does not say
	 * whether the campaign is on keeps it as it is.
	 * @throws InvalidCampaign if the terms contradict themselves or the new limit is
	 * below the uses taken
	 */
	CampaignResponse update(UUID id, CampaignRequest request) {
		Campaign campaign = this.campaigns.lockById(id).orElseThrow(() -> new CampaignNotFound(id));
		CampaignTerms before = campaign.terms();
		CampaignTerms terms = request.terms(before.active());
		if (terms.code() != null && !terms.code().equals(before.code()) && this.campaigns.existsByCode(terms.code())) {
			throw new CouponCodeTaken(terms.code());
		}
		campaign.update(terms, this.clock.instant());
		this.campaigns.flush();
		this.audit
			.record(AuditEvent.of("campaign.updated", "campaign", id).with("before", before).with("after", terms));
		return CampaignResponse.of(campaign);
	}

	void deactivate(UUID id) {
		Campaign campaign = this.campaigns.findById(id).orElseThrow(() -> new CampaignNotFound(id));
		Instant now = this.clock.instant();
		campaign.deactivate(now);
		this.audit.record(AuditEvent.of("campaign.deactivated", "campaign", id).with("code", campaign.code()));
	}

	@Transactional(readOnly = true)
	CampaignResponse get(UUID id) {
		return CampaignResponse.of(this.campaigns.findById(id).orElseThrow(() -> new CampaignNotFound(id)));
	}

	@Transactional(readOnly = true)
	CampaignResponse.Page list(int page, int size) {
		var found = this.campaigns
			.findByOwnerIdIsNull(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt", "id")));
		return new CampaignResponse.Page(found.map(CampaignResponse::of).getContent(), page, size,
				found.getTotalElements());
	}

}
