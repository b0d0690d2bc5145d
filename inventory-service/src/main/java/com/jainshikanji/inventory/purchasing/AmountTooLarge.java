package com.jainshikanji.inventory.purchasing;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * An amount of a purchase order (a line's total, the subtotal or the total) worth more
 * than {@link PurchaseOrder#MAX_AMOUNT}: each figure sent was valid, but what they add up
 * to is not. The problem names the amount ({@code field}) and the {@code limit}.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "amount-too-large", title = "Amount too large")
class AmountTooLarge extends RuntimeException implements ProblemExtensions {

	private final String field;

	AmountTooLarge(String field, String computation, Money amount) {
		super(field + ": " + computation + " = " + amount.amount().toPlainString()
				+ " is more than a purchase order amount can be (" + PurchaseOrder.MAX_AMOUNT.amount().toPlainString()
				+ ")");
		this.field = field;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("field", this.field, "limit", PurchaseOrder.MAX_AMOUNT.amount());
	}

}
