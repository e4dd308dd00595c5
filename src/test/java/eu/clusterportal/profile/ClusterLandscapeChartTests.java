package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterGrouping;
import eu.clusterportal.cluster.ClusterLandscape;
import org.junit.jupiter.api.Test;

class ClusterLandscapeChartTests {

	@Test
	void scalesTheBarsToTheLargestGroupAndStacksThemInRows() {
		ClusterLandscapeChart chart = ClusterLandscapeChart.of(landscape(8, 2, 1));
		assertThat(chart.bars()).extracting(ClusterLandscapeChart.Bar::label).containsExactly("g8", "g2", "g1");
		assertThat(chart.bars()).extracting(ClusterLandscapeChart.Bar::count).containsExactly(8, 2, 1);
		assertThat(chart.bars()).extracting(ClusterLandscapeChart.Bar::width).containsExactly(560, 140, 70);
		assertThat(chart.bars()).extracting(ClusterLandscapeChart.Bar::barY).containsExactly(22, 66, 110);
		assertThat(chart.bars()).extracting(ClusterLandscapeChart.Bar::labelY).containsExactly(16, 60, 104);
		assertThat(chart.bars()).extracting(ClusterLandscapeChart.Bar::countX).containsExactly(568, 148, 78);
		assertThat(chart.viewBox()).isEqualTo("0 0 640 132");
	}

	@Test
	void keepsATinyGroupVisible() {
		assertThat(ClusterLandscapeChart.of(landscape(2000, 1)).bars()).extracting(ClusterLandscapeChart.Bar::width)
			.containsExactly(560, 1);
	}

	@Test
	void cutsALabelTooLongForTheChartButKeepsItWhole() {
		String longName = "C16 Manufacture of wood and of products of wood and cork, except furniture; "
				+ "manufacture of articles of straw and plaiting materials";
		ClusterLandscape landscape = new ClusterLandscape(ClusterGrouping.SECTOR,
				List.of(new ClusterLandscape.Group(longName, null, null, List.of(), 0)), 0);
		ClusterLandscapeChart.Bar bar = ClusterLandscapeChart.of(landscape).bars().get(0);
		assertThat(bar.label()).isEqualTo(longName);
		assertThat(bar.shortLabel()).hasSizeLessThanOrEqualTo(80).endsWith("…").startsWith("C16 Manufacture of wood");
	}

	@Test
	void hasNoBarsForAnEmptyLandscape() {
		ClusterLandscapeChart chart = ClusterLandscapeChart
			.of(new ClusterLandscape(ClusterGrouping.REGION, List.of(), 0));
		assertThat(chart.isEmpty()).isTrue();
		assertThat(chart.height()).isZero();
	}

	private static ClusterLandscape landscape(int... sizes) {
		return new ClusterLandscape(ClusterGrouping.SECTOR, Arrays.stream(sizes)
			.mapToObj((n) -> new ClusterLandscape.Group("g" + n, null, null, Collections.<Cluster>nCopies(n, null), n))
			.toList(), Arrays.stream(sizes).sum());
	}

}
