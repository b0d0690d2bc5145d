package com.jainshikanji.archfixture.orders;

import org.springframework.data.repository.Repository;

public interface LeakyOrders extends Repository<LeakyOrder, Long> {

}
