package com.jainshikanji.notification.template;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * Account security emails (verification, password reset and change) are always sent: a
 * disabled template would lose them without a trace while the customer is told a link is
 * on its way. The problem names the rule ({@code rule}) and the field at fault
 * ({@code errors}).
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "template-must-stay-enabled",
		title = "Template must stay enabled")
class TemplateMustStayEnabled extends RuntimeException implements ProblemExtensions {

	TemplateMustStayEnabled(NotificationKind kind) {
		super(kind + " emails are always sent (account security): their template cannot be disabled");
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("rule", "security-emails-always-sent", "errors",
				List.of(new FieldError("enabled", "must be true: account security emails are always sent")));
	}

}
