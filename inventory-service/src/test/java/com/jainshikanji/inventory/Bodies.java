package com.jainshikanji.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Typed builders of the service's request bodies, each starting from a minimal valid
 * request (an object mother): a test says only what matters to it.
 */
final class Bodies {

	private Bodies() {
	}

	/**
	 * A valid product: name, a unique slug, category, price, a cost price of a quarter of
	 * it and a description.
	 */
	static ProductBody product(Object categoryId, String name, String price) {
		BigDecimal amount = new BigDecimal(price);
		return new ProductBody().name(name)
			.slug(Api.unique("product"))
			.categoryId(categoryId)
			.price(amount)
			.costPrice(amount.divide(BigDecimal.valueOf(4)).setScale(2, RoundingMode.HALF_UP))
			.description(name + " made fresh at the counter");
	}

	static CategoryBody category(String name) {
		return new CategoryBody().name(name);
	}

	static CustomizationBody customization(String name, String type, boolean required, OptionBody... options) {
		return new CustomizationBody().name(name).type(type).required(required).options(options);
	}

	static OptionBody option(String name, String priceModifier, boolean isDefault) {
		return new OptionBody().name(name).priceModifier(new BigDecimal(priceModifier)).isDefault(isDefault);
	}

	static PriceBody price(List<Object> optionIds, int quantity) {
		return new PriceBody().optionIds(optionIds).quantity(quantity);
	}

	static SupplierBody supplier(String name) {
		return new SupplierBody().name(name);
	}

	static PurchaseOrderBody purchaseOrder(Object supplierId) {
		return new PurchaseOrderBody().supplierId(supplierId);
	}

	static LevelsBody levels(int minStock, int maxStock, int reorderPoint) {
		return new LevelsBody().minStock(minStock).maxStock(maxStock).reorderPoint(reorderPoint);
	}

	static AdjustmentBody adjustment(int change, String reason) {
		return new AdjustmentBody().change(change).reason(reason);
	}

	static CountBody count(int countedStock) {
		return new CountBody().countedStock(countedStock);
	}

	static ReserveBody reserve(UUID orderId, UUID storeId) {
		return new ReserveBody().orderId(orderId).storeId(storeId);
	}

	/** A reservation of one product. */
	static ReserveBody reserve(UUID orderId, UUID storeId, Object productId, int quantity) {
		return reserve(orderId, storeId).item(productId, quantity);
	}

	static final class ProductBody extends JsonBody<ProductBody> {

		ProductBody name(String name) {
			return with("name", name);
		}

		ProductBody slug(String slug) {
			return with("slug", slug);
		}

		ProductBody categoryId(Object categoryId) {
			return with("categoryId", categoryId);
		}

		ProductBody price(BigDecimal price) {
			return with("price", price);
		}

		ProductBody originalPrice(BigDecimal originalPrice) {
			return with("originalPrice", originalPrice);
		}

		ProductBody costPrice(BigDecimal costPrice) {
			return with("costPrice", costPrice);
		}

		ProductBody description(String description) {
			return with("description", description);
		}

		ProductBody shortDescription(String shortDescription) {
			return with("shortDescription", shortDescription);
		}

		ProductBody sku(String sku) {
			return with("sku", sku);
		}

		ProductBody subcategory(String subcategory) {
			return with("subcategory", subcategory);
		}

		ProductBody tags(String... tags) {
			return with("tags", List.of(tags));
		}

		ProductBody jain(boolean jain) {
			return with("jain", jain);
		}

		ProductBody veg(boolean veg) {
			return with("veg", veg);
		}

		ProductBody vegan(boolean vegan) {
			return with("vegan", vegan);
		}

		ProductBody glutenFree(boolean glutenFree) {
			return with("glutenFree", glutenFree);
		}

		ProductBody nutFree(boolean nutFree) {
			return with("nutFree", nutFree);
		}

		ProductBody spiceLevel(String spiceLevel) {
			return with("spiceLevel", spiceLevel);
		}

		ProductBody prepTimeMinutes(int minutes) {
			return with("prepTimeMinutes", minutes);
		}

		ProductBody servings(int servings) {
			return with("servings", servings);
		}

		ProductBody weight(String weight) {
			return with("weight", weight);
		}

		ProductBody unit(String unit) {
			return with("unit", unit);
		}

		ProductBody shelfLifeDays(int days) {
			return with("shelfLifeDays", days);
		}

		ProductBody storageInstructions(String instructions) {
			return with("storageInstructions", instructions);
		}

		ProductBody nutrition(NutritionBody nutrition) {
			return with("nutrition", nutrition);
		}

		ProductBody images(String... images) {
			return with("images", List.of(images));
		}

		ProductBody videoUrl(String videoUrl) {
			return with("videoUrl", videoUrl);
		}

		ProductBody available(boolean available) {
			return with("available", available);
		}

		ProductBody availableFrom(Instant from) {
			return with("availableFrom", from.toString());
		}

		ProductBody availableUntil(Instant until) {
			return with("availableUntil", until.toString());
		}

		ProductBody featured(boolean featured) {
			return with("featured", featured);
		}

		ProductBody metaTitle(String metaTitle) {
			return with("metaTitle", metaTitle);
		}

		ProductBody metaDescription(String metaDescription) {
			return with("metaDescription", metaDescription);
		}

	}

	static final class NutritionBody extends JsonBody<NutritionBody> {

		NutritionBody calories(int calories) {
			return with("calories", calories);
		}

		NutritionBody proteinG(BigDecimal grams) {
			return with("proteinG", grams);
		}

		NutritionBody carbsG(BigDecimal grams) {
			return with("carbsG", grams);
		}

		NutritionBody fatG(BigDecimal grams) {
			return with("fatG", grams);
		}

		NutritionBody fiberG(BigDecimal grams) {
			return with("fiberG", grams);
		}

		NutritionBody sodiumMg(int milligrams) {
			return with("sodiumMg", milligrams);
		}

	}

	static final class CategoryBody extends JsonBody<CategoryBody> {

		CategoryBody name(String name) {
			return with("name", name);
		}

		CategoryBody slug(String slug) {
			return with("slug", slug);
		}

		CategoryBody description(String description) {
			return with("description", description);
		}

		CategoryBody imageUrl(String imageUrl) {
			return with("imageUrl", imageUrl);
		}

		CategoryBody displayOrder(int displayOrder) {
			return with("displayOrder", displayOrder);
		}

	}

	static final class CustomizationBody extends JsonBody<CustomizationBody> {

		CustomizationBody name(String name) {
			return with("name", name);
		}

		CustomizationBody type(String type) {
			return with("type", type);
		}

		CustomizationBody required(boolean required) {
			return with("required", required);
		}

		CustomizationBody displayOrder(int displayOrder) {
			return with("displayOrder", displayOrder);
		}

		CustomizationBody options(OptionBody... options) {
			return with("options", List.of(options));
		}

	}

	static final class OptionBody extends JsonBody<OptionBody> {

		/** Keeps an existing option (on a change of its customization). */
		OptionBody id(Object id) {
			return with("id", id);
		}

		OptionBody name(String name) {
			return with("name", name);
		}

		OptionBody priceModifier(BigDecimal priceModifier) {
			return with("priceModifier", priceModifier);
		}

		OptionBody isDefault(boolean isDefault) {
			return with("isDefault", isDefault);
		}

		OptionBody displayOrder(int displayOrder) {
			return with("displayOrder", displayOrder);
		}

	}

	static final class PriceBody extends JsonBody<PriceBody> {

		PriceBody optionIds(List<Object> optionIds) {
			return with("optionIds", optionIds);
		}

		PriceBody quantity(int quantity) {
			return with("quantity", quantity);
		}

	}

	static final class SupplierBody extends JsonBody<SupplierBody> {

		SupplierBody name(String name) {
			return with("name", name);
		}

		SupplierBody email(String email) {
			return with("email", email);
		}

		SupplierBody phone(String phone) {
			return with("phone", phone);
		}

		SupplierBody address(String address) {
			return with("address", address);
		}

		SupplierBody contactPerson(String contactPerson) {
			return with("contactPerson", contactPerson);
		}

		SupplierBody paymentTerms(String paymentTerms) {
			return with("paymentTerms", paymentTerms);
		}

		SupplierBody taxId(String taxId) {
			return with("taxId", taxId);
		}

		SupplierBody active(boolean active) {
			return with("active", active);
		}

	}

	static final class PurchaseOrderBody extends JsonBody<PurchaseOrderBody> {

		private final List<Object> items = new ArrayList<>();

		PurchaseOrderBody supplierId(Object supplierId) {
			return with("supplierId", supplierId);
		}

		/** One more line; {@code unitPrice} in rupees, e.g. "8.50". */
		PurchaseOrderBody item(Object productId, int quantity, String unitPrice) {
			this.items.add(new ItemBody().with("productId", productId)
				.with("quantity", quantity)
				.with("unitPrice", new BigDecimal(unitPrice)));
			return with("items", this.items);
		}

		PurchaseOrderBody tax(String tax) {
			return with("tax", new BigDecimal(tax));
		}

		PurchaseOrderBody shipping(String shipping) {
			return with("shipping", new BigDecimal(shipping));
		}

		PurchaseOrderBody expectedDeliveryDate(LocalDate date) {
			return with("expectedDeliveryDate", date.toString());
		}

		PurchaseOrderBody notes(String notes) {
			return with("notes", notes);
		}

	}

	static final class LevelsBody extends JsonBody<LevelsBody> {

		LevelsBody minStock(int minStock) {
			return with("minStock", minStock);
		}

		LevelsBody maxStock(int maxStock) {
			return with("maxStock", maxStock);
		}

		LevelsBody reorderPoint(int reorderPoint) {
			return with("reorderPoint", reorderPoint);
		}

		LevelsBody unit(String unit) {
			return with("unit", unit);
		}

		LevelsBody costPerUnit(String costPerUnit) {
			return with("costPerUnit", new BigDecimal(costPerUnit));
		}

	}

	static final class AdjustmentBody extends JsonBody<AdjustmentBody> {

		AdjustmentBody change(int change) {
			return with("change", change);
		}

		AdjustmentBody reason(String reason) {
			return with("reason", reason);
		}

		AdjustmentBody note(String note) {
			return with("note", note);
		}

	}

	static final class CountBody extends JsonBody<CountBody> {

		CountBody countedStock(int countedStock) {
			return with("countedStock", countedStock);
		}

		CountBody note(String note) {
			return with("note", note);
		}

	}

	static final class ReserveBody extends JsonBody<ReserveBody> {

		private final List<Object> items = new ArrayList<>();

		ReserveBody orderId(UUID orderId) {
			return with("orderId", orderId);
		}

		ReserveBody storeId(UUID storeId) {
			return with("storeId", storeId);
		}

		ReserveBody item(Object productId, int quantity) {
			this.items.add(new ItemBody().with("productId", productId).with("quantity", quantity));
			return with("items", this.items);
		}

	}

	/** A line of a purchase order or reservation. */
	static final class ItemBody extends JsonBody<ItemBody> {

	}

}
