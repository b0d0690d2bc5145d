package com.jainshikanji.notification.template;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

/** Admins read, change and preview the templates (the security configuration checks). */
@RestController
@RequestMapping("/api/v1/notifications/templates")
@Tag(name = "Templates",
		description = "Admins only. One template per kind of notification and channel, in Thymeleaf: TEXT mode for "
				+ "subjects and plain-text bodies (`[(${orderNumber})]`, `[# th:each=\"item : ${items}\"]...[/]`), "
				+ "HTML mode for email bodies. Inside `${...}` only variable names are allowed (the `variables` of "
				+ "each template list them with sample values); a template that does not render with the sample "
				+ "data is refused with 422. A disabled template leaves its channel out for the kind.")
class TemplateController {

	private final TemplateCatalog catalog;

	TemplateController(TemplateCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "List every template")
	List<TemplateResponse> templates() {
		return this.catalog.list();
	}

	@GetMapping("/{kind}/{channel}")
	@Operation(summary = "Show a template with the variables it may use")
	TemplateResponse template(@PathVariable NotificationKind kind, @PathVariable Channel channel) {
		return this.catalog.template(kind, channel);
	}

	@PutMapping("/{kind}/{channel}")
	@Operation(summary = "Create or replace a template",
			description = "Refused with 422 naming the part and the problem if it does not render with the sample "
					+ "data, if its own words (without the data) are longer than the channel takes (SMS 459 characters, "
					+ "push title 100 and body 500), if the kind is never sent on the channel (account security "
					+ "emails are email only), or if it disables an account security email (always sent). A "
					+ "notification whose data makes it longer is cut to fit, ending in '…', or '...' for an SMS in the "
					+ "GSM 7-bit alphabet (which has no '…').")
	TemplateResponse change(@PathVariable NotificationKind kind, @PathVariable Channel channel,
			@Valid @RequestBody TemplateRequest request, @AuthenticationPrincipal AuthenticatedUser admin) {
		return this.catalog.change(kind, channel, request.toContent(), request.enabled(), admin.id());
	}

	@PostMapping("/{kind}/{channel}/preview")
	@Operation(summary = "Render a template with the sample data",
			description = "The template in the body (not saved), or the saved one when the body is empty, as it "
					+ "would be sent (cut to fit the channel).")
	PreviewResponse preview(@PathVariable NotificationKind kind, @PathVariable Channel channel,
			@Valid @RequestBody(required = false) @Nullable PreviewRequest request) {
		return this.catalog.preview(kind, channel, (request != null) ? request.toContent() : null);
	}

}
