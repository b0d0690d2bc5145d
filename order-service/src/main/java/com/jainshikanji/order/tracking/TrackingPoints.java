package com.jainshikanji.order.tracking;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrackingPoints extends JpaRepository<TrackingPoint, UUID> {

	List<TrackingPoint> findByOrderIdOrderByCreatedAtDesc(UUID orderId, Limit limit);

}
