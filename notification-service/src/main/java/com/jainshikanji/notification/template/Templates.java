package com.jainshikanji.notification.template;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

interface Templates extends JpaRepository<Template, UUID> {

	Optional<Template> findByKindAndChannel(NotificationKind kind, Channel channel);

	List<Template> findByKindAndEnabledTrue(NotificationKind kind);

	List<Template> findAllByOrderByKindAscChannelAsc();

}
