package com.jainshikanji.inventory.purchasing;

/**
 * The life of a purchase order: {@code PENDING -> CONFIRMED -> RECEIVED}, or
 * {@code CANCELLED} from either of the first two. {@code RECEIVED} and {@code CANCELLED}
 * are final.
 */
public enum PurchaseOrderStatus {

	PENDING, CONFIRMED, RECEIVED, CANCELLED

}
