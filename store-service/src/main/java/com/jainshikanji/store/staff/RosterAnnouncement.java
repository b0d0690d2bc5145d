package com.jainshikanji.store.staff;

/**
 * What announcing the roster published.
 *
 * @param announced staff records announced: {@code assigned + unassigned}
 * @param assigned active records, each announced as a StaffAssigned with its job
 * @param unassigned inactive records, each announced as a StaffUnassigned
 */
record RosterAnnouncement(int announced, int assigned, int unassigned) {

	static final RosterAnnouncement NONE = new RosterAnnouncement(0, 0, 0);

	static RosterAnnouncement of(int assigned, int unassigned) {
		return new RosterAnnouncement(assigned + unassigned, assigned, unassigned);
	}

	RosterAnnouncement plus(RosterAnnouncement other) {
		return of(this.assigned + other.assigned, this.unassigned + other.unassigned);
	}

}
