package com.jainshikanji.sandbox.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.jainshikanji.sandbox.SandboxProperties;
import com.jainshikanji.sandbox.ledger.RazorpayError;

/**
 * Razorpay's API authentication: HTTP basic with the key id and key secret; anything else
 * is 401 with Razorpay's error body.
 */
@Configuration(proxyBeanMethods = false)
class ApiKey {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiKeyFilter(SandboxProperties properties) {
		byte[] expected = ("Basic " + Base64.getEncoder()
			.encodeToString((properties.keyId() + ":" + properties.keySecret()).getBytes(StandardCharsets.UTF_8)))
			.getBytes(StandardCharsets.UTF_8);
		JsonMapper json = JsonMapper.builder().build();
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String given = request.getHeader(HttpHeaders.AUTHORIZATION);
				if (given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
					chain.doFilter(request, response);
					return;
				}
				RazorpayError error = RazorpayError.authenticationFailed();
				response.setStatus(error.status());
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				json.writeValue(response.getOutputStream(), error.body());
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/v1/*");
		return registration;
	}

}
