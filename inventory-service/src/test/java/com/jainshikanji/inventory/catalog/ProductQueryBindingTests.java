package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jainshikanji.common.web.WebAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The browse endpoint's query string binds to one validated {@link ProductQuery}: every
 * parameter reaches the menu as given, defaults fill what is left out, and each bad
 * parameter is a 400 naming it, before the menu is asked anything. Security is not what
 * this slice is about (the authorization matrix covers it), so its filters are off.
 */
@WebMvcTest(ProductController.class)
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(WebAutoConfiguration.class)
class ProductQueryBindingTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	Menu menu;

	@Test
	void everyParameterReachesTheCatalogAsGiven() {
		UUID store = UUID.randomUUID();
		given(this.menu.browse(any(), anyBoolean())).willReturn(new ProductPageResponse(List.of(), 2, 10, 0, 0));

		assertThat(this.mvc.get()
			.uri("/api/v1/products?q=shikanji&category=coolers&subcategory=Lemonade&tag=summer&tag=classic&jain=true"
					+ "&veg=true&vegan=false&glutenFree=true&nutFree=false&spiceLevel=MEDIUM&minPrice=10&maxPrice=99.50"
					+ "&available=true&featured=false&inStockAt=" + store + "&sort=price_desc&page=2&size=10"))
			.hasStatusOk();

		ArgumentCaptor<ProductQuery> query = ArgumentCaptor.forClass(ProductQuery.class);
		then(this.menu).should().browse(query.capture(), org.mockito.ArgumentMatchers.eq(false));
		assertThat(query.getValue()).isEqualTo(new ProductQuery("shikanji", "coolers", "Lemonade",
				List.of("summer", "classic"), true, true, false, true, false, SpiceLevel.MEDIUM, new BigDecimal("10"),
				new BigDecimal("99.50"), true, false, store, "price_desc", 2, 10));
		assertThat(query.getValue().sortOrder()).isEqualTo(ProductSort.PRICE_DESC);
	}

	@Test
	void theSortIsReadInAnyCase() {
		given(this.menu.browse(any(), anyBoolean())).willReturn(new ProductPageResponse(List.of(), 0, 20, 0, 0));

		assertThat(this.mvc.get().uri("/api/v1/products?sort=Price_Desc")).hasStatusOk();

		ArgumentCaptor<ProductQuery> query = ArgumentCaptor.forClass(ProductQuery.class);
		then(this.menu).should().browse(query.capture(), anyBoolean());
		assertThat(query.getValue().sortOrder()).isEqualTo(ProductSort.PRICE_DESC);
	}

	@Test
	void parametersLeftOutMeanAnyAndTheDefaultPage() {
		given(this.menu.browse(any(), anyBoolean())).willReturn(new ProductPageResponse(List.of(), 0, 20, 0, 0));

		assertThat(this.mvc.get().uri("/api/v1/products")).hasStatusOk();

		ArgumentCaptor<ProductQuery> query = ArgumentCaptor.forClass(ProductQuery.class);
		then(this.menu).should().browse(query.capture(), anyBoolean());
		assertThat(query.getValue()).isEqualTo(new ProductQuery(null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null));
		assertThat(query.getValue().sortOrder()).isEqualTo(ProductSort.RELEVANCE);
		assertThat(query.getValue().pageNumber()).isZero();
		assertThat(query.getValue().pageSize()).isEqualTo(20);
		assertThat(query.getValue().tags()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			size=101                     | size       | less than or equal to 100
			size=0                       | size       | greater than or equal to 1
			page=-1                      | page       | greater than or equal to 0
			page=2147483648              | page       | whole number
			sort=cheapest                | sort       | price_asc
			minPrice=-1                  | minPrice   | greater than or equal to 0
			maxPrice=-0.5                | maxPrice   | greater than or equal to 0
			minPrice=cheap               | minPrice   | must be a number
			maxPrice=1.001               | maxPrice   | out of bounds
			minPrice=100000000           | minPrice   | less than or equal to 99999999.99
			inStockAt=store-1            | inStockAt  | UUID
			spiceLevel=VOLCANIC          | spiceLevel | MILD
			jain=maybe                   | jain       | true or false
			available=2                  | available  | true or false
			""")
	void aBadParameterIsA400NamingIt(String parameter, String field, String message) {
		MvcTestResult result = this.mvc.get().uri("/api/v1/products?" + parameter).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsOnly(field);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(message).doesNotContain("java.");
		then(this.menu).should(never()).browse(any(), anyBoolean());
	}

	@Test
	void tooLongTextAndTooManyTagsAreNamed() {
		assertThat(this.mvc.get().uri("/api/v1/products?q=" + "x".repeat(201))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("q");
		assertThat(this.mvc.get().uri("/api/v1/products?tag=" + "x".repeat(51))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.asString()
			.startsWith("tag");
		assertThat(this.mvc.get().uri("/api/v1/products?" + "tag=a&".repeat(11))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("tag");
		then(this.menu).should(never()).browse(any(), anyBoolean());
	}

}
