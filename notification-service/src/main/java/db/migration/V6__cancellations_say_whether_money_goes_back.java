package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A cancelled order's email and in-app notification say whether money goes back by how
 * the order was paid ({@code paymentType}): a cash-on-delivery order, or one its
 * discounts paid for, has nothing to refund (every cancellation used to say that money
 * paid online goes back). Brings the ORDER_CANCELLED templates of a database migrated
 * before to the text of {@code db/templates/ORDER_CANCELLED.txt}
 * ({@link UneditedTemplates}), as {@link V5__refunds_say_how_they_went_back} did for
 * refunds.
 */
public class V6__cancellations_say_whether_money_goes_back extends BaseJavaMigration {

	static final String KIND = "ORDER_CANCELLED";

	@Override
	public void migrate(Context context) throws Exception {
		UneditedTemplates.refresh(context.getConnection(), KIND);
	}

}
