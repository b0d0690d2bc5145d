package com.jainshikanji.store.staff;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's way to bring the identity service back in step with the staff roster.
 * Admins only, as everything under {@code /api/v1/admin} (common-lib's
 * {@code ResourceServer}, and the gateway, which publishes it as
 * {@code /api/v1/admin/store-service/staff/announcements}).
 */
@RestController
@Tag(name = "Operations: staff announcements",
		description = "Publishes the staff roster again, for admins (through the gateway: "
				+ "/api/v1/admin/store-service/staff/announcements)")
class StaffAnnouncementController {

	private final StaffAnnouncements announcements;

	StaffAnnouncementController(StaffAnnouncements announcements) {
		this.announcements = announcements;
	}

	@PostMapping("/api/v1/admin/staff/announcements")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Announce the staff roster again (admin)",
			description = "Publishes every staff record as it stands, each with its next membership revision: "
					+ "StaffAssigned with the job for an active record, StaffUnassigned for an inactive one. "
					+ "customer-service applies them as any newer revision, so this brings the stores and jobs in its "
					+ "tokens back in step with this service: after its database was restored, after a staff event was "
					+ "dead-lettered there, or to give it the jobs of memberships it applied before it kept them. "
					+ "Running it again only publishes newer revisions. Batches of " + StaffAnnouncements.BATCH_SIZE
					+ " records, each committed with its events and an audit entry (staff.announced, the run as "
					+ "target); a staff change committed meanwhile is kept, and its record announced as that change "
					+ "left it. 409 if staff changes kept colliding with a batch: the batches before it stay "
					+ "announced, and running it again is safe. 404 for an unknown store.")
	RosterAnnouncement announce(
			@Parameter(description = "Only this store's staff; every store's when left out") @RequestParam(
					required = false) @Nullable UUID storeId) {
		return this.announcements.announce(storeId);
	}

}
