package com.jainshikanji.notification.template;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A channel's limits bind a template's own words, never its data: data that makes a
 * notification too long for its channel is cut to fit when it is sent, and a template is
 * refused only when its words alone do not fit.
 */
class TemplateRendererTest {

	static final TemplateContent CANCELLED_SMS = new TemplateContent(null,
			"Jain Shikanji: order [(${orderNumber})] was cancelled.[# th:if=\"${reason}\"] [(${reason})][/]", null);

	static final TemplateContent ANNOUNCEMENT_PUSH = new TemplateContent("[(${title})]", "[(${message})]", null);

	final TemplateRenderer renderer = new TemplateRenderer();

	@Test
	void aTextThatFitsIsLeftAsItIsAndALongerOneIsCutWithAnEllipsis() {
		assertThat(TemplateRenderer.fit("Order cancelled", 15)).isEqualTo("Order cancelled");
		assertThat(TemplateRenderer.fit("Order cancelled", 10)).isEqualTo("Order can…").hasSize(10);
		// No space is left before the ellipsis.
		assertThat(TemplateRenderer.fit("Order cancelled", 7)).isEqualTo("Order…");
	}

	@Test
	void aCutNeverSplitsACharacterMadeOfTwoChars() {
		String text = "Enjoy 🍋🍋🍋";
		// "Enjoy " is 6 chars, each lemon 2: a cut after 7 would split the first lemon.
		assertThat(TemplateRenderer.fit(text, 8)).isEqualTo("Enjoy…");
		assertThat(TemplateRenderer.fit(text, 9)).isEqualTo("Enjoy 🍋…");
	}

	@Test
	void dataLongerThanTheChannelTakesIsCutToFitWhenSent() {
		Map<String, @Nullable Object> order = SampleVariables.of(NotificationKind.ORDER_CANCELLED);
		order.put("reason", "The rider could not reach the address. ".repeat(13));

		String sms = this.renderer.render(Channel.SMS, CANCELLED_SMS, order).text();
		assertThat(sms).hasSizeLessThanOrEqualTo(TemplateRenderer.SMS_MAX)
			.hasSizeGreaterThan(TemplateRenderer.SMS_MAX - 5)
			.startsWith("Jain Shikanji: order ORD20260301-000123 was cancelled. The rider could not reach")
			.endsWith("…");

		Map<String, @Nullable Object> words = SampleVariables.of(NotificationKind.ANNOUNCEMENT);
		words.put("title", "t".repeat(120));
		words.put("message", "m".repeat(1000));
		RenderedMessage push = this.renderer.render(Channel.PUSH, ANNOUNCEMENT_PUSH, words);
		assertThat(push.subject()).isEqualTo("t".repeat(99) + "…");
		assertThat(push.text()).isEqualTo("m".repeat(499) + "…");
	}

	@Test
	void aTemplateIsRefusedOnlyWhenItsOwnWordsDoNotFit() {
		Map<String, @Nullable Object> sample = SampleVariables.of(NotificationKind.ORDER_CANCELLED);
		sample.put("reason", "r".repeat(600));
		assertThat(this.renderer.tryOn(Channel.SMS, CANCELLED_SMS, sample).text()).as("what the preview shows")
			.hasSize(TemplateRenderer.SMS_MAX)
			.endsWith("r…");

		TemplateContent wordy = new TemplateContent(null,
				"Order [(${orderNumber})] was cancelled. " + "We are sorry. ".repeat(40), null);
		assertThatThrownBy(
				() -> this.renderer.tryOn(Channel.SMS, wordy, SampleVariables.of(NotificationKind.ORDER_CANCELLED)))
			.isInstanceOfSatisfying(TemplateDoesNotRender.class,
					(refused) -> assertThat(refused.problems()).singleElement().satisfies((problem) -> {
						assertThat(problem.part()).isEqualTo("body");
						assertThat(problem.message()).startsWith("is 5")
							.endsWith(" characters long without its data; at most 480 fit");
					}));
	}

}
