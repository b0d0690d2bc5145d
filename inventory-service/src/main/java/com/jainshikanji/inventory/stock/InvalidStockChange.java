package com.jainshikanji.inventory.stock;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * A stock change that breaks a rule: wrong direction for its reason, levels out of order,
 * or taking stock below what reservations hold.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "invalid-stock-change", title = "Invalid stock change")
class InvalidStockChange extends RuntimeException {

	InvalidStockChange(String message) {
		super(message);
	}

}
