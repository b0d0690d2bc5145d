package com.jainshikanji.deploycheck;

import java.util.Map;

import io.fabric8.kubernetes.api.model.LabelSelector;

/**
 * Label selectors as the rules read them: {@code matchLabels} only (a selector with
 * {@code matchExpressions} selects nothing here, so a rule never passes on one it cannot
 * read).
 */
final class Selectors {

	private Selectors() {
	}

	static boolean selects(LabelSelector selector, Map<String, String> labels) {
		if (selector == null || (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty())) {
			return false;
		}
		return selects(labels(selector), labels);
	}

	/** Whether pods with {@code labels} carry every one of {@code matchLabels}. */
	static boolean selects(Map<?, ?> matchLabels, Map<String, String> labels) {
		return labels != null && labels.entrySet().containsAll(matchLabels.entrySet());
	}

	static Map<String, String> labels(LabelSelector selector) {
		return (selector == null || selector.getMatchLabels() == null) ? Map.of() : selector.getMatchLabels();
	}

	static boolean isEmpty(LabelSelector selector) {
		return selector == null || (labels(selector).isEmpty()
				&& (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
	}

}
