package com.jainshikanji.store.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transition of a staff record, and the membership events it records: StaffAssigned
 * when the record becomes active or changes job while active, StaffUnassigned when it is
 * deactivated, nothing otherwise; each event carries a revision greater than every
 * earlier one.
 */
class StaffMemberTests {

	static final UUID STORE = UUID.fromString("a1000000-0000-4000-8000-000000000001");

	static final UUID USER = UUID.fromString("c0000000-0000-4000-8000-000000000042");

	static final Instant HIRED = Instant.parse("2026-11-16T04:30:00Z");

	static final Instant LATER = HIRED.plusSeconds(3600);

	/** Every event the record published, over all its saves. */
	private final List<Object> published = new ArrayList<>();

	@Test
	void assigningAUserActivatesTheRecordAndPublishesTheirJob() {
		StaffMember member = StaffMember.assign(STORE, USER, details("CHEF"), HIRED);

		StaffResponse record = member.toResponse(true);
		assertThat(record.active()).isTrue();
		assertThat(record.role()).isEqualTo(StaffRole.CHEF);
		assertThat(record.storeId()).isEqualTo(STORE);
		assertThat(record.userId()).isEqualTo(USER);
		assertThat(record.createdAt()).isEqualTo(HIRED);
		assertThat(record.deactivatedAt()).isNull();
		assertThat(save(member)).containsExactly(new StaffAssigned(member.id(), USER, STORE, "CHEF", 1));
	}

	@Test
	void deactivatingPublishesTheUnassignmentOnce() {
		StaffMember member = assigned("DELIVERY");

		member.deactivate(LATER);
		List<Object> first = save(member);
		member.deactivate(LATER.plusSeconds(60));

		assertThat(first).containsExactly(new StaffUnassigned(member.id(), USER, STORE, 2));
		assertThat(save(member)).as("deactivating an inactive record").isEmpty();
		assertThat(member.toResponse(true).active()).isFalse();
		assertThat(member.toResponse(true).deactivatedAt()).as("the first deactivation").isEqualTo(LATER);
	}

	@Test
	void changingToInactiveDeactivates() {
		StaffMember member = assigned("CHEF");

		member.change(details("CHEF"), false, LATER);

		assertThat(save(member)).containsExactly(new StaffUnassigned(member.id(), USER, STORE, 2));
		assertThat(member.isActive()).isFalse();
	}

	@Test
	void aNewJobWhileActiveIsPublishedAsTheAssignment() {
		StaffMember member = assigned("CHEF");

		member.change(details("MANAGER"), true, LATER);

		assertThat(save(member)).containsExactly(new StaffAssigned(member.id(), USER, STORE, "MANAGER", 2));
	}

	@Test
	void personalDetailsChangeWithoutAnyEvent() {
		StaffMember member = assigned("CHEF");

		member.change(new StaffDetails("Ravi K. Shah", "ravi.k@example.com", "+91 98250 99999", StaffRole.CHEF,
				LocalDate.parse("2025-06-01")), true, LATER);

		assertThat(save(member)).isEmpty();
		assertThat(member.toResponse(true).name()).isEqualTo("Ravi K. Shah");
		assertThat(member.toResponse(true).updatedAt()).isEqualTo(LATER);
	}

	@Test
	void anInactiveRecordIsRenamedOrGivenANewJobWithoutAnyEvent() {
		StaffMember member = assigned("CHEF");
		member.deactivate(LATER);
		save(member);

		member.change(new StaffDetails("Ravi Kumar Shah", null, null, StaffRole.CHEF, null), false, LATER);
		assertThat(save(member)).as("renamed").isEmpty();
		member.change(new StaffDetails("Ravi Kumar Shah", null, null, StaffRole.SUPPORT, null), false, LATER);
		assertThat(save(member)).as("new job while inactive").isEmpty();

		assertThat(member.toResponse(true).name()).isEqualTo("Ravi Kumar Shah");
		assertThat(member.toResponse(true).role()).isEqualTo(StaffRole.SUPPORT);
		assertThat(member.isActive()).isFalse();
	}

	@Test
	void bringingARecordBackPublishesTheAssignmentWithItsNewJob() {
		StaffMember member = assigned("CHEF");
		member.deactivate(LATER);
		save(member);

		member.change(details("SUPPORT"), true, LATER.plusSeconds(60));

		assertThat(save(member)).containsExactly(new StaffAssigned(member.id(), USER, STORE, "SUPPORT", 3));
		assertThat(member.toResponse(true).active()).isTrue();
		assertThat(member.toResponse(true).deactivatedAt()).isNull();
	}

	@Test
	void deactivatingReactivatingAndChangingTheJobPublishesEverGreaterRevisions() {
		StaffMember member = assigned("CHEF");

		member.deactivate(LATER);
		save(member);
		member.change(details("CHEF"), true, LATER);
		save(member);
		member.change(details("MANAGER"), true, LATER);
		save(member);
		member.change(details("MANAGER"), false, LATER);
		save(member);

		assertThat(this.published).extracting(StaffMemberTests::revision).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(this.published).extracting((event) -> event.getClass().getSimpleName())
			.containsExactly("StaffAssigned", "StaffUnassigned", "StaffAssigned", "StaffAssigned", "StaffUnassigned");
		assertThat(((StaffAssigned) this.published.get(3)).role()).isEqualTo("MANAGER");
	}

	@Test
	void changesThatPublishNothingLeaveTheRevisionAlone() {
		StaffMember member = assigned("CHEF");
		member.change(details("CHEF"), true, LATER);
		member.deactivate(LATER);
		member.deactivate(LATER);
		member.change(details("SUPPORT"), false, LATER);
		member.change(details("SUPPORT"), true, LATER);
		save(member);

		// Each published event is strictly newer than the one before, with no gaps.
		assertThat(this.published).extracting(StaffMemberTests::revision).containsExactly(1L, 2L, 3L);
	}

	@Test
	void anActiveRecordIsAnnouncedWithItsJobAtEachNextRevisionAndOtherwiseUnchanged() {
		StaffMember member = assigned("CHEF");
		member.change(details("CASHIER"), true, LATER);
		save(member);

		member.announce();
		List<Object> first = save(member);
		member.announce();

		assertThat(first).containsExactly(new StaffAssigned(member.id(), USER, STORE, "CASHIER", 3));
		assertThat(save(member)).containsExactly(new StaffAssigned(member.id(), USER, STORE, "CASHIER", 4));
		assertThat(member.toResponse(true).updatedAt()).as("the last real change").isEqualTo(LATER);
		assertThat(member.isActive()).isTrue();
	}

	@Test
	void anInactiveRecordIsAnnouncedAsUnassignedAtItsNextRevision() {
		StaffMember member = assigned("DELIVERY");
		member.deactivate(LATER);
		save(member);

		member.announce();

		assertThat(save(member)).containsExactly(new StaffUnassigned(member.id(), USER, STORE, 3));
		assertThat(member.isActive()).isFalse();
		assertThat(member.toResponse(true).deactivatedAt()).isEqualTo(LATER);
	}

	private StaffMember assigned(String role) {
		StaffMember member = StaffMember.assign(STORE, USER, details(role), HIRED);
		save(member);
		return member;
	}

	/**
	 * What saving would publish: the events recorded since the last call (the record
	 * keeps them all, as no repository clears them here).
	 */
	private List<Object> save(StaffMember member) {
		List<Object> all = List.copyOf(member.events());
		List<Object> recorded = all.subList(this.published.size(), all.size());
		this.published.addAll(recorded);
		return recorded;
	}

	private static StaffDetails details(String role) {
		return new StaffDetails("Ravi Shah", "ravi@example.com", null, StaffRole.valueOf(role), null);
	}

	private static long revision(Object event) {
		return switch (event) {
			case StaffAssigned assigned -> assigned.revision();
			case StaffUnassigned unassigned -> unassigned.revision();
			default -> throw new IllegalArgumentException(event.toString());
		};
	}

}
