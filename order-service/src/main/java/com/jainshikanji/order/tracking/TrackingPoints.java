package com.jainshikanji.order.tracking;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import com.jainshikanji.order.order.OrderStatus;

interface TrackingPoints extends JpaRepository<TrackingPoint, UUID> {

	/** The order's points recorded while it was in the given status, newest first. */
	List<TrackingPoint> findByOrderIdAndStatusOrderByCreatedAtDesc(UUID orderId, OrderStatus status, Limit limit);

}
