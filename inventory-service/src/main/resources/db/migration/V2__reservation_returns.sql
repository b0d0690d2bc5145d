-- A committed reservation whose order is cancelled gives its stock back: reservations gain the final status RETURNED,
-- and the stock trail the reason ORDER_CANCELLED (sold units back on the shelf).
ALTER TABLE reservations DROP CONSTRAINT reservations_status;
ALTER TABLE reservations ADD CONSTRAINT reservations_status
    CHECK (status IN ('HELD', 'COMMITTED', 'RELEASED', 'EXPIRED', 'RETURNED'));

ALTER TABLE stock_adjustments DROP CONSTRAINT stock_adjustments_reason;
ALTER TABLE stock_adjustments ADD CONSTRAINT stock_adjustments_reason CHECK (reason IN ('RESTOCK', 'WASTE', 'DAMAGE',
    'RETURN', 'CORRECTION', 'STOCK_COUNT', 'PURCHASE_ORDER', 'RESERVED', 'SOLD', 'RESERVATION_RELEASED',
    'RESERVATION_EXPIRED', 'ORDER_CANCELLED'));
