package com.jainshikanji.common.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Staff of the store whose job there does not allow the duty (a rider refunding, a chef
 * buying supplies), or whose token names no job there. One problem type in every service,
 * naming the duty and the job, so apps can tell it from a store the caller does not work
 * at.
 */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "store-duty-not-allowed", title = "Not allowed for your job")
public final class StoreDutyNotAllowed extends RuntimeException implements ProblemExtensions {

	private final StoreDuty duty;

	private final @Nullable StaffJob job;

	StoreDutyNotAllowed(StoreDuty duty, UUID storeId, @Nullable StaffJob job) {
		super(((job != null) ? "Your job at store " + storeId + " (" + job + ") does not allow " + duty.description()
				: "Your sign-in names no job at store " + storeId + ", so it does not allow " + duty.description()
						+ " (sign in again)")
				+ ": only " + allowed(duty) + " there may");
		this.duty = duty;
		this.job = job;
	}

	private static String allowed(StoreDuty duty) {
		return Arrays.stream(StaffJob.values())
			.filter(duty::isFor)
			.map(StaffJob::name)
			.collect(Collectors.joining(", "));
	}

	@Override
	public Map<String, Object> problemProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("duty", this.duty.name());
		if (this.job != null) {
			properties.put("job", this.job.name());
		}
		return properties;
	}

}
