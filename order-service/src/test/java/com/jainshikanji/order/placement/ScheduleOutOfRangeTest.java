package com.jainshikanji.order.placement;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.web.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused time names the field and states the horizon as configured.
 */
class ScheduleOutOfRangeTest {

	@Test
	void aHorizonOfWholeDaysIsStatedInDays() {
		ScheduleOutOfRange refusal = ScheduleOutOfRange.beyond(Duration.ofDays(7));

		assertThat(refusal).hasMessage("scheduledFor must be at most 7 days ahead");
		assertThat(refusal.problemProperties()).containsEntry("errors",
				List.of(new FieldError("scheduledFor", "must be at most 7 days ahead")));
	}

	@Test
	void aHorizonOfPartDaysIsStatedInHours() {
		assertThat(ScheduleOutOfRange.beyond(Duration.ofHours(36)))
			.hasMessage("scheduledFor must be at most 36 hours ahead");
	}

	@Test
	void aPastTimeNamesTheField() {
		assertThat(ScheduleOutOfRange.past().problemProperties()).containsEntry("errors", List
			.of(new FieldError("scheduledFor", "must be in the future (leave it out for as soon as possible)")));
	}

}
