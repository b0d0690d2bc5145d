package com.jainshikanji.customer.profile;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

	@Test
	void listsOnlyTheComponentsThatDifferWithTheirOldAndNewValues() {
		ProfileChange before = new ProfileChange("Asha", "Jain", null, null, null, null);
		ProfileChange after = new ProfileChange("Asha", "Shah", "Ash", null, LocalDate.of(1990, 4, 1), null);

		Map<String, Map<String, Object>> changes = Changes.between(before, after);

		assertThat(changes).containsOnlyKeys("lastName", "displayName", "dateOfBirth");
		assertThat(changes.get("lastName")).containsEntry("from", "Jain").containsEntry("to", "Shah");
		assertThat(changes.get("displayName")).containsEntry("from", null).containsEntry("to", "Ash");
	}

	@Test
	void nothingChangedIsAnEmptyList() {
		ProfileChange profile = new ProfileChange("Asha", null, null, null, null, null);

		assertThat(Changes.between(profile, profile)).isEmpty();
	}

}
