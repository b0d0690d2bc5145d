package com.jainshikanji.inventory.catalog;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Menu categories: open to read, admins manage them. */
@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categories",
		description = "Sections of the menu (shikanji, coolers, Jain snacks...). Open to read; admins manage them.")
class CategoryController {

	private final Catalog catalog;

	private final Menu menu;

	CategoryController(Catalog catalog, Menu menu) {
		this.catalog = catalog;
		this.menu = menu;
	}

	@GetMapping
	@Operation(summary = "List the categories", description = "In menu order.")
	ResponseEntity<List<CategoryResponse>> categories() {
		return ProductController.cacheable(this.menu.categories());
	}

	@GetMapping("/{idOrSlug}")
	@Operation(summary = "Read a category", description = "By id or slug.")
	ResponseEntity<CategoryResponse> category(@PathVariable @Size(max = 100) String idOrSlug) {
		return ProductController.cacheable(this.menu.category(idOrSlug));
	}

	@PostMapping
	@Operation(summary = "Create a category", description = "Admins only.")
	ResponseEntity<CategoryResponse> create(@Valid @RequestBody CategoryRequest request) {
		CategoryResponse category = this.catalog.createCategory(request);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(category.id())
			.toUri();
		return ResponseEntity.created(location).body(category);
	}

	@PutMapping("/{categoryId}")
	@Operation(summary = "Change a category", description = "Admins only.")
	CategoryResponse change(@PathVariable UUID categoryId, @Valid @RequestBody CategoryRequest request) {
		return this.catalog.changeCategory(categoryId, request);
	}

	@DeleteMapping("/{categoryId}")
	@Operation(summary = "Delete a category",
			description = "Admins only; a category that products on the menu still belong to is a 409 "
					+ "category-in-use. Archived products do not count: they stay archived, in no category.")
	ResponseEntity<Void> delete(@PathVariable UUID categoryId) {
		this.catalog.deleteCategory(categoryId);
		return ResponseEntity.noContent().build();
	}

}
