package com.jainshikanji.notification.campaign;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import com.jainshikanji.notification.campaign.SendRequest.Segment;
import com.jainshikanji.notification.campaign.SendRequest.SegmentType;
import com.jainshikanji.notification.campaign.SendRequest.Words;
import com.jainshikanji.notification.kind.NotificationKind;

import static org.assertj.core.api.Assertions.assertThat;

/** A send's audience as an admin names it. */
class SendRequestTest {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void aTierIsReadInAnyCaseAndMeantAsLoyaltyNamesIt() {
		SendRequest request = new SendRequest(NotificationKind.PROMOTION, null,
				new Segment(SegmentType.LOYALTY_TIER, null, "gold"), new Words("Offer", "For Gold", null, null));

		assertThat(this.validator.validate(request)).isEmpty();
		assertThat(request.audience()).isEqualTo(new Audience.LoyaltyTier("GOLD"));
	}

	@Test
	void aTierThatIsNoneOfLoyaltysIsRefused() {
		SendRequest request = new SendRequest(NotificationKind.PROMOTION, null,
				new Segment(SegmentType.LOYALTY_TIER, null, "diamond"), new Words("Offer", "For all", null, null));

		assertThat(this.validator.validate(request)).extracting((violation) -> violation.getPropertyPath().toString())
			.containsExactly("segment.tier");
	}

}
