package com.jainshikanji.customer.identity;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * A request authenticated by the refresh-token cookie did not prove it comes from the web
 * app: its {@code X-XSRF-TOKEN} header is missing or differs from the {@code XSRF-TOKEN}
 * cookie.
 */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "csrf-token-invalid", title = "CSRF token invalid")
class CsrfTokenInvalid extends RuntimeException {

	CsrfTokenInvalid() {
		super("Send the value of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header");
	}

}
