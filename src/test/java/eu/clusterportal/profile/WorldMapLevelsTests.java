package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorldMapLevelsTests {

	@Test
	void everyNumberFallsInTheShadeTheLegendGivesIt() {
		for (long most = 1; most <= 30; most++) {
			for (long count = 1; count <= most; count++) {
				long partnerships = count;
				int level = WorldMap.level(partnerships, most);
				assertThat(WorldMap.levels(most)).filteredOn((l) -> l.from() <= partnerships && partnerships <= l.to())
					.singleElement()
					.extracting(WorldMap.Level::level)
					.isEqualTo(level);
			}
		}
	}

	@Test
	void theMostTargetedCountryHasTheDarkestShadeAndUnusedShadesAreLeftOut() {
		assertThat(WorldMap.level(12, 12)).isEqualTo(WorldMap.LEVELS);
		assertThat(WorldMap.levels(1)).containsExactly(new WorldMap.Level(4, 1, 1));
		assertThat(WorldMap.levels(2)).containsExactly(new WorldMap.Level(2, 1, 1), new WorldMap.Level(4, 2, 2));
		assertThat(WorldMap.levels(12)).extracting(WorldMap.Level::from).containsExactly(1L, 4L, 7L, 10L);
	}

}
