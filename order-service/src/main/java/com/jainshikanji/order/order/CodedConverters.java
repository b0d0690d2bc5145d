package com.jainshikanji.order.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores the {@link Coded} enums by their codes, as the spec's CHECK constraints expect.
 */
final class CodedConverters {

	private CodedConverters() {
	}

	abstract static class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

		private final Class<E> type;

		CodedConverter(Class<E> type) {
			this.type = type;
		}

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable E value) {
			return (value != null) ? value.code() : null;
		}

		@Override
		public @Nullable E convertToEntityAttribute(@Nullable String code) {
			return (code != null) ? Coded.fromCode(this.type, code) : null;
		}

	}

	@Converter(autoApply = true)
	static class OrderStatusConverter extends CodedConverter<OrderStatus> {

		OrderStatusConverter() {
			super(OrderStatus.class);
		}

	}

	@Converter(autoApply = true)
	static class PaymentStatusConverter extends CodedConverter<PaymentStatus> {

		PaymentStatusConverter() {
			super(PaymentStatus.class);
		}

	}

	@Converter(autoApply = true)
	static class PaymentMethodConverter extends CodedConverter<PaymentMethod> {

		PaymentMethodConverter() {
			super(PaymentMethod.class);
		}

	}

	@Converter(autoApply = true)
	static class DeliveryTypeConverter extends CodedConverter<DeliveryType> {

		DeliveryTypeConverter() {
			super(DeliveryType.class);
		}

	}

}
