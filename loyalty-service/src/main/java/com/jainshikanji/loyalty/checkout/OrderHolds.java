package com.jainshikanji.loyalty.checkout;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderHolds extends JpaRepository<OrderHold, UUID> {

}
