package com.jainshikanji.notification.template;

import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

	/** An extended grapheme cluster: what a reader sees as one character. */
	static final Pattern CLUSTER = Pattern.compile("\\X");

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
	void aCutKeepsOrDropsWhatAReaderSeesAsOneCharacterWhole() {
		// न म स्ते: स्ते is four chars (स, virama, त, vowel sign), seen as one.
		assertThat(TemplateRenderer.fit("नमस्ते दुनिया", 6)).isEqualTo("नम…");
		// क्ष is a conjunct (क, virama, ष): never a bare क् at the end.
		assertThat(TemplateRenderer.fit("क्षमा करें", 3)).isEqualTo("…");
		assertThat(TemplateRenderer.fit("क्षमा करें", 5)).isEqualTo("क्ष…");
		// कि: the vowel sign stays with its consonant.
		assertThat(TemplateRenderer.fit("ठीक किया", 6)).isEqualTo("ठीक…");
		// A thumb with its skin tone is four chars; the family, eleven (four emoji, three
		// zero-width joiners).
		assertThat(TemplateRenderer.fit("Thanks 👍🏽👍🏽", 10)).isEqualTo("Thanks…");
		assertThat(TemplateRenderer.fit("Thanks 👍🏽👍🏽", 13)).isEqualTo("Thanks 👍🏽…");
		assertThat(TemplateRenderer.fit("Family 👨‍👩‍👧‍👦 day", 17)).isEqualTo("Family…");
		assertThat(TemplateRenderer.fit("Family 👨‍👩‍👧‍👦 day", 19)).isEqualTo("Family 👨‍👩‍👧‍👦…");
		// A letter and its combining accent: "Cafe" alone would be another word.
		assertThat(TemplateRenderer.fitSms("Cafe\u0301 au lait at Manek Chowk", 7)).isEqualTo("Caf...");
	}

	@Test
	void aDevanagariSmsOverTheLimitIsCutBetweenClusters() {
		// क्ष (क, virama, ष) at the cut: dropped whole, never a bare क् at the end, or
		// kept whole.
		assertThat(TemplateRenderer.fitSms("अ".repeat(456) + "क्षत्रिय", TemplateRenderer.SMS_MAX))
			.isEqualTo("अ".repeat(456) + "…");
		assertThat(TemplateRenderer.fitSms("अ".repeat(455) + "क्षत्रिय", TemplateRenderer.SMS_MAX))
			.isEqualTo("अ".repeat(455) + "क्ष…");
		String hindi = "जैन शिकंजी: आपका ऑर्डर क्षमा करें, रद्द हो गया। ₹120 वापस मिलेंगे। ".repeat(10);
		assertThat(hindi).hasSizeGreaterThan(TemplateRenderer.SMS_MAX);
		for (int max = TemplateRenderer.SMS_MAX - 30; max <= TemplateRenderer.SMS_MAX; max++) {
			assertCutBetweenClusters(hindi, max, TemplateRenderer.fitSms(hindi, max));
		}
	}

	/**
	 * "…" is not in the GSM 7-bit alphabet: it would send an SMS as UCS-2, in more than
	 * twice the segments. What is sent decides, not what is cut off.
	 */
	@ParameterizedTest(name = "{0} cut to {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Jain Shikanji: order ORD-1 was cancelled         | 20 | Jain Shikanji: or...
			# The extension table's characters are GSM too, and count one char each, as limits do.
			Code [SAVE20] gets {you} €20 off                  | 20 | Code [SAVE20] get...
			Jain Shikanji: order cancelled, ₹120.00 refunded  | 20 | Jain Shikanji: or...
			Enjoy 🍋🍋🍋                                        | 10 | Enjoy...
			Order cancelled                                   | 15 | Order cancelled
			Total ₹120.00, order ORD-1 cancelled              | 20 | Total ₹120.00, orde…
			ऑर्डर रद्द हो गया                                   | 11 | ऑर्डर रद्द…
			# "₹50 " is 4 chars, each lemon 2: a cut after 7 would split the second lemon.
			₹50 🍋🍋🍋                                          | 8  | ₹50 🍋…
			""")
	void anSmsCutInTheGsmAlphabetEndsInThreeDotsAndAnyOtherInAnEllipsis(String text, int max, String sent) {
		assertThat(TemplateRenderer.fitSms(text, max)).isEqualTo(sent);
	}

	@Test
	void anSmsCutAnywhereFitsItsLimitAndSplitsNoCharacter() {
		for (String text : new String[] { "Jain Shikanji: order [ORD-1] {was} cancelled, €20 back~",
				"Jain Shikanji: ₹120.00 back for order ORD-1", "Enjoy 🍋🍋🍋 at Manek Chowk 🍋🍋", "🍋🍋🍋🍋🍋🍋🍋🍋",
				"नमस्ते 👨‍👩‍👧‍👦 क्षत्रिय 👍🏽 किताब Cafe\u0301" }) {
			for (int max = 4; max <= text.length(); max++) {
				String sms = TemplateRenderer.fitSms(text, max);
				assertThat(sms.codePoints()).as("%s cut to %d", text, max)
					.noneMatch((c) -> Character.getType(c) == Character.SURROGATE);
				assertCutBetweenClusters(text, max, sms);
				if (sms.length() < text.length()) {
					assertThat(sms).as("%s cut to %d", text, max)
						.endsWith(Gsm7.encodes(sms) ? "..." : "…")
						.doesNotEndWith(Gsm7.encodes(sms) ? "…" : "...");
				}
			}
		}
	}

	@Test
	void theGsmAlphabetHasItsExtensionTableButNoEllipsisRupeeOrEmoji() {
		assertThat(Gsm7.encodes("Jain Shikanji: order ORD20260301-000123 is ready @ Manek Chowk! £$¥ Ñ ü à §\n"))
			.isTrue();
		assertThat(Gsm7.encodes("[]{}~^\\|€")).isTrue();
		assertThat(Gsm7.encodes("Order cancelled…")).isFalse();
		assertThat(Gsm7.encodes("Total ₹120.00")).isFalse();
		assertThat(Gsm7.encodes("Enjoy 🍋")).isFalse();
		assertThat(Gsm7.encodes("“quoted”")).isFalse();
	}

	@Test
	void dataLongerThanTheChannelTakesIsCutToFitWhenSent() {
		Map<String, @Nullable Object> order = SampleVariables.of(NotificationKind.ORDER_CANCELLED);
		order.put("reason", "The rider could not reach the address. ".repeat(13));

		String sms = this.renderer.render(Channel.SMS, CANCELLED_SMS, order).text();
		assertThat(sms).hasSizeLessThanOrEqualTo(TemplateRenderer.SMS_MAX)
			.hasSizeGreaterThan(TemplateRenderer.SMS_MAX - 5)
			.startsWith("Jain Shikanji: order ORD20260301-000123 was cancelled. The rider could not reach")
			.endsWith("...");
		assertThat(Gsm7.encodes(sms)).isTrue();

		order.put("reason", "राइडर पते तक नहीं पहुँच सका। ".repeat(20));
		assertThat(this.renderer.render(Channel.SMS, CANCELLED_SMS, order).text())
			.hasSizeLessThanOrEqualTo(TemplateRenderer.SMS_MAX)
			.hasSizeGreaterThan(TemplateRenderer.SMS_MAX - 5)
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
			.endsWith("r...");

		TemplateContent wordy = new TemplateContent(null,
				"Order [(${orderNumber})] was cancelled. " + "We are sorry. ".repeat(40), null);
		assertThatThrownBy(
				() -> this.renderer.tryOn(Channel.SMS, wordy, SampleVariables.of(NotificationKind.ORDER_CANCELLED)))
			.isInstanceOfSatisfying(TemplateDoesNotRender.class,
					(refused) -> assertThat(refused.problems()).singleElement().satisfies((problem) -> {
						assertThat(problem.part()).isEqualTo("body");
						assertThat(problem.message()).startsWith("is 5")
							.endsWith(" characters long without its data; at most 459 fit");
					}));
	}

	/**
	 * What is kept of a text cut to {@code max} chars ends where one of the text's
	 * extended grapheme clusters (regex {@code \X}) ends, and the whole fits.
	 */
	private static void assertCutBetweenClusters(String text, int max, String cut) {
		assertThat(cut).as("%s cut to %d", text, max).hasSizeLessThanOrEqualTo(max);
		if (cut.equals(text)) {
			return;
		}
		String kept = cut.substring(0, cut.length() - (cut.endsWith("...") ? 3 : 1));
		assertThat(text).as("%s cut to %d", text, max).startsWith(kept);
		if (kept.isEmpty()) {
			return;
		}
		assertThat(CLUSTER.matcher(text).results().map((cluster) -> cluster.end()))
			.as("%s cut to %d: %s", text, max, kept)
			.contains(kept.length());
	}

}
