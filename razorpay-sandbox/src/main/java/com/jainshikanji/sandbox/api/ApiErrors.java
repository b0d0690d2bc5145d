package com.jainshikanji.sandbox.api;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.jainshikanji.sandbox.ledger.RazorpayError;

/** Errors leave as Razorpay's {@code {"error": {...}}} body with its status. */
@RestControllerAdvice
class ApiErrors {

	@ExceptionHandler(RazorpayError.class)
	ResponseEntity<Map<String, Object>> razorpay(RazorpayError error) {
		return ResponseEntity.status(error.status()).body(error.body());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		return razorpay(RazorpayError.badRequest("The request body is not valid JSON"));
	}

}
