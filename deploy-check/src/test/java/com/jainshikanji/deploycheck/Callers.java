package com.jainshikanji.deploycheck;

import java.util.Map;
import java.util.Set;

/**
 * Who may call each service on its service port, as the code says (the README's diagram
 * and the services' typed clients): other services by name, and {@code namespace:<name>}
 * for whatever runs in another namespace (the ingress controller).
 *
 * @param byService the callers of each service
 */
record Callers(Map<String, Set<String>> byService) {

	static Callers load(String resource) {
		return new Callers(Listings.read(resource));
	}

}
