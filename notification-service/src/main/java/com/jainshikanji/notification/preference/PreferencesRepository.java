package com.jainshikanji.notification.preference;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PreferencesRepository extends JpaRepository<Preferences, UUID> {

}
