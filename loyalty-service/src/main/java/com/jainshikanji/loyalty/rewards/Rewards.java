package com.jainshikanji.loyalty.rewards;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Rewards extends JpaRepository<Reward, UUID> {

	List<Reward> findByActiveTrueOrderByPointsCostAscNameAsc();

}
