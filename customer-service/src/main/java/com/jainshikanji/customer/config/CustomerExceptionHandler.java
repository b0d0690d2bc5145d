package com.jainshikanji.customer.config;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import com.jainshikanji.common.web.ProblemDetailsAdvice;
import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.customer.customer.AddressLimitReached;
import com.jainshikanji.customer.customer.AddressNotFound;
import com.jainshikanji.customer.customer.CustomerNotFound;
import com.jainshikanji.customer.customer.DefaultAddressRequired;
import com.jainshikanji.customer.customer.EmailAlreadyRegistered;
import com.jainshikanji.customer.customer.FavoriteLimitReached;
import com.jainshikanji.customer.customer.PhoneInUse;
import com.jainshikanji.customer.identity.AccountDisabled;
import com.jainshikanji.customer.identity.InvalidCredentials;
import com.jainshikanji.customer.identity.InvalidRefreshToken;
import com.jainshikanji.customer.identity.TooManyLoginAttempts;

/** The service's domain exceptions as problems; everything generic is inherited. */
@RestControllerAdvice
class CustomerExceptionHandler extends ProblemDetailsAdvice {

	@ExceptionHandler(CustomerNotFound.class)
	ResponseEntity<Object> customerNotFound(CustomerNotFound ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.of("customer-not-found"), "Customer not found",
				ex.getMessage()), request);
	}

	@ExceptionHandler(AddressNotFound.class)
	ResponseEntity<Object> addressNotFound(AddressNotFound ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.of("address-not-found"), "Address not found",
				ex.getMessage()), request);
	}

	@ExceptionHandler(DefaultAddressRequired.class)
	ResponseEntity<Object> defaultAddressRequired(DefaultAddressRequired ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.CONFLICT, ProblemTypes.of("default-address-required"),
				"Default address required", ex.getMessage()), request);
	}

	@ExceptionHandler(AddressLimitReached.class)
	ResponseEntity<Object> addressLimit(AddressLimitReached ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.CONFLICT, ProblemTypes.of("address-limit-reached"),
				"Address limit reached", ex.getMessage()), request);
	}

	@ExceptionHandler(FavoriteLimitReached.class)
	ResponseEntity<Object> favoriteLimit(FavoriteLimitReached ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.CONFLICT, ProblemTypes.of("favorite-limit-reached"),
				"Favorite limit reached", ex.getMessage()), request);
	}

	@ExceptionHandler(EmailAlreadyRegistered.class)
	ResponseEntity<Object> emailTaken(EmailAlreadyRegistered ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.CONFLICT, ProblemTypes.of("email-already-registered"),
				"Email already registered", ex.getMessage()), request);
	}

	@ExceptionHandler(PhoneInUse.class)
	ResponseEntity<Object> phoneTaken(PhoneInUse ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.CONFLICT, ProblemTypes.of("phone-in-use"), "Phone number in use",
				ex.getMessage()), request);
	}

	@ExceptionHandler(InvalidCredentials.class)
	ResponseEntity<Object> invalidCredentials(InvalidCredentials ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.of("invalid-credentials"),
				"Invalid credentials", ex.getMessage()), request);
	}

	@ExceptionHandler(AccountDisabled.class)
	ResponseEntity<Object> accountDisabled(AccountDisabled ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.of("account-disabled"), "Account disabled",
				ex.getMessage()), request);
	}

	@ExceptionHandler(InvalidRefreshToken.class)
	ResponseEntity<Object> invalidRefreshToken(InvalidRefreshToken ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.of("invalid-refresh-token"),
				"Invalid refresh token", ex.getMessage()), request);
	}

	@ExceptionHandler(TooManyLoginAttempts.class)
	ResponseEntity<Object> tooManyAttempts(TooManyLoginAttempts ex, WebRequest request) {
		ResponseEntity<Object> response = problem(Problems.of(HttpStatus.TOO_MANY_REQUESTS,
				ProblemTypes.TOO_MANY_REQUESTS, "Too many login attempts", ex.getMessage()), request);
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(response.getHeaders());
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())));
		return ResponseEntity.status(response.getStatusCode()).headers(headers).body(response.getBody());
	}

}
