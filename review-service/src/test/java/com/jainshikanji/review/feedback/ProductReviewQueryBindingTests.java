package com.jainshikanji.review.feedback;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jainshikanji.common.web.WebAutoConfiguration;
import com.jainshikanji.review.rating.RatingSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * A product page's query string binds to one validated {@link ProductReviewQuery}: every
 * parameter reaches the queries as given, defaults fill what is left out (newest first,
 * ten a page), and each bad parameter is a 400 naming it in words, before anything is
 * read. Security is the authorization matrix's business, so its filters are off here.
 */
@WebMvcTest(ReviewController.class)
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(WebAutoConfiguration.class)
class ProductReviewQueryBindingTests {

	private static final UUID PRODUCT = UUID.fromString("e2000000-0000-4000-8000-000000000002");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ReviewQueries queries;

	@MockitoBean
	Reviewing reviewing;

	@Test
	void everyParameterReachesTheQueriesAsGiven() {
		given(this.queries.ofProduct(any(), any())).willReturn(emptyPage());

		assertThat(
				this.mvc.get().uri("/api/v1/reviews/product/" + PRODUCT + "?sort=most_helpful&rating=4&page=2&size=7"))
			.hasStatusOk();

		ProductReviewQuery query = captured();
		assertThat(query).isEqualTo(new ProductReviewQuery("most_helpful", 4, 2, 7));
		assertThat(query.pageRequest().getPageNumber()).isEqualTo(2);
		assertThat(query.pageRequest().getPageSize()).isEqualTo(7);
		assertThat(query.pageRequest().getSort()).isEqualTo(ReviewSort.MOST_HELPFUL.sort());
	}

	@Test
	void theSortIsReadInAnyCase() {
		given(this.queries.ofProduct(any(), any())).willReturn(emptyPage());

		assertThat(this.mvc.get().uri("/api/v1/reviews/product/" + PRODUCT + "?sort=Most_Helpful")).hasStatusOk();

		assertThat(captured().pageRequest().getSort()).isEqualTo(ReviewSort.MOST_HELPFUL.sort());
	}

	@Test
	void parametersLeftOutMeanEveryStarNewestFirstTenAPage() {
		given(this.queries.ofProduct(any(), any())).willReturn(emptyPage());

		assertThat(this.mvc.get().uri("/api/v1/reviews/product/" + PRODUCT)).hasStatusOk();

		ProductReviewQuery query = captured();
		assertThat(query).isEqualTo(new ProductReviewQuery(null, null, null, null));
		assertThat(query.pageRequest().getPageNumber()).isZero();
		assertThat(query.pageRequest().getPageSize()).isEqualTo(10);
		assertThat(query.pageRequest().getSort())
			.isEqualTo(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			sort=best          | sort   | newest, highest, lowest, most_helpful
			rating=0           | rating | greater than or equal to 1
			rating=6           | rating | less than or equal to 5
			rating=4.5         | rating | whole number
			page=-1            | page   | greater than or equal to 0
			page=10001         | page   | less than or equal to 10000
			page=2147483648    | page   | whole number
			size=0             | size   | greater than or equal to 1
			size=51            | size   | less than or equal to 50
			size=ten           | size   | whole number
			""")
	void aBadParameterIsA400NamingIt(String parameter, String field, String message) {
		MvcTestResult result = this.mvc.get().uri("/api/v1/reviews/product/" + PRODUCT + "?" + parameter).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsOnly(field);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(message).doesNotContain("java.");
		then(this.queries).should(never()).ofProduct(any(), any());
	}

	@Test
	void aProductIdThatIsNoUuidIsNamed() {
		assertThat(this.mvc.get().uri("/api/v1/reviews/product/masala-shikanji")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("productId");
		then(this.queries).should(never()).ofProduct(any(), any());
	}

	private ProductReviewQuery captured() {
		ArgumentCaptor<ProductReviewQuery> query = ArgumentCaptor.forClass(ProductReviewQuery.class);
		then(this.queries).should().ofProduct(eq(PRODUCT), query.capture());
		return query.getValue();
	}

	private static ProductReviewsResponse emptyPage() {
		RatingSummary none = new RatingSummary(0, null, null, Map.of("1", 0, "2", 0, "3", 0, "4", 0, "5", 0),
				new RatingSummary.Prior(new BigDecimal("3.5"), 5), 0);
		return new ProductReviewsResponse(PRODUCT, none, List.of(), 0, 10, 0, 0);
	}

}
