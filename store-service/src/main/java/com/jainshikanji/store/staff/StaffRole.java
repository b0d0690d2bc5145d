package com.jainshikanji.store.staff;

/**
 * A staff member's job at a store. Only a MANAGER runs the store's staff, hours and
 * zones.
 */
enum StaffRole {

	MANAGER, CHEF, CASHIER, DELIVERY, SUPPORT

}
