package com.jainshikanji.gateway.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalPathTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/v1/products", "/api/v1/products/", "/api/v1/stores/x/delivery-quote",
			"/.well-known/jwks.json", "/api/v1/products/a.b", "/api/v1/products/..x", "/api/v1/x~y_z-1",
			"/api/v1/a:b@c!$&'()*+,=" })
	void aCanonicalPathIsKeptAsTheSameInstance(String path) {
		assertThat(CanonicalPath.of(path)).isSameAs(path);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/%61pi/v1/products|/api/v1/products", "/%41%50%49/v1/products|/API/v1/products",
					"/api/v1/%70roducts|/api/v1/products", "/api/%76%31/products|/api/v1/products",
					"/api/v1/admin%2dx|/api/v1/admin-x", "/api/v1/x%7e%5F|/api/v1/x~_",
					"/api/v1/products/%c3%a9|/api/v1/products/%C3%A9", "/api/v1/products/%3a|/api/v1/products/%3A",
					"/api/v1/products/%C3%A9|/api/v1/products/%C3%A9", "/api/v1/products/a%2Eb|/api/v1/products/a.b" })
	void escapesOfUnreservedCharactersAreDecodedAndTheRestUpperCased(String raw, String canonical) {
		assertThat(CanonicalPath.of(raw)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//api/v1/products", "/api//v1/products", "/api/v1/products//", "/api/v1/../v1/products",
			"/api/v1/./products", "/api/v1/products/..", "/api/v1/products/.", "/api/v1/products/%2e%2e/admin",
			"/api/v1/products/%2E./admin", "/api/v1/products/.%2e", "/api/v1/products/%2e", "/api%2Fv1/products",
			"/api%2fv1/products", "/api/v1/products%5c..%5cadmin", "/api/v1/products\\..\\admin",
			"/api/v1/products;jsessionid=x", "/api/v1/admin%3Bx/y", "/api/v1/products%00",
			"/api/v1/products%0d%0aX-Injected:1", "/api/v1/products%7F", "/api/v1/products%2561", "/api/v1/products%",
			"/api/v1/products%4", "/api/v1/products%zz", "/api/v1/products%%41", "/api/v1/pröducts",
			"/api/v1/products x", "api/v1/products", "" })
	void everythingThatCouldBeReadTwoWaysIsRefused(String raw) {
		assertThat(CanonicalPath.of(raw)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/products/%C0%AF", "/api/v1/products/%C3", "/api/v1/products/%C3x",
			"/api/v1/products/%A9", "/api/v1/products/%ED%A0%80", "/api/v1/products/%F4%90%80%80",
			"/api/v1/products/%E2%82", "/api/v1/products/%FF" })
	void escapesThatAreNotUtf8AreRefused(String raw) {
		// Tomcat refuses them too, with an HTML page instead of a problem.
		assertThat(CanonicalPath.of(raw)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/products/%E2%82%AC", "/api/v1/products/%F0%9F%98%80", "/api/v1/x%C3%A9%C3%A9y" })
	void escapesOfUtf8CharactersAreKept(String raw) {
		assertThat(CanonicalPath.of(raw)).isEqualTo(raw);
	}

}
