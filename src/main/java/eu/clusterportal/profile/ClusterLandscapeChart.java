package eu.clusterportal.profile;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.cluster.ClusterGrouping;
import eu.clusterportal.cluster.ClusterLandscape;

/**
 * A horizontal bar chart of how many clusters each group of a {@link ClusterLandscape}
 * holds, laid out here so that the template only draws it as inline SVG. Coordinates are
 * in the units of the SVG's view box, {@link #WIDTH} wide and {@link #height()} high; the
 * bars are scaled to the largest group. Each bar has its label above it and its count
 * after it.
 *
 * @param grouping what the bars count clusters by
 * @param bars one bar per group, in the landscape's order
 * @param height the height of the view box
 */
public record ClusterLandscapeChart(ClusterGrouping grouping, List<Bar> bars, int height) {

	/** The width of the view box. */
	public static final int WIDTH = 640;

	/** The length of the longest bar; the rest of the width is for its count. */
	static final int MAX_BAR_WIDTH = 560;

	static final int ROW_HEIGHT = 44;

	static final int LABEL_BASELINE = 16;

	static final int BAR_TOP = 22;

	static final int BAR_HEIGHT = 16;

	static final int COUNT_GAP = 8;

	/**
	 * The longest label that fits the width at the chart's font size; longer ones are
	 * cut.
	 */
	static final int MAX_LABEL_LENGTH = 80;

	/**
	 * One bar.
	 *
	 * @param label the group's name; {@code null} for the clusters outside the named
	 * regions
	 * @param shortLabel the label as drawn: cut with an ellipsis if it would not fit
	 * @param count how many clusters the group holds
	 * @param width the bar's length, at least 1
	 * @param labelY the baseline of the label
	 * @param barY the top of the bar
	 * @param countX where the count starts, just after the bar
	 * @param countY the baseline of the count, level with the bar
	 */
	public record Bar(String label, String shortLabel, int count, int width, int labelY, int barY, int countX,
			int countY) {
	}

	public static ClusterLandscapeChart of(ClusterLandscape landscape) {
		int max = Math.max(1, landscape.groups().stream().mapToInt(ClusterLandscape.Group::size).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		for (ClusterLandscape.Group group : landscape.groups()) {
			int top = bars.size() * ROW_HEIGHT;
			int count = group.size();
			int width = Math.max(1, Math.round((float) count * MAX_BAR_WIDTH / max));
			bars.add(new Bar(group.name(), shorten(group.name()), count, width, top + LABEL_BASELINE, top + BAR_TOP,
					width + COUNT_GAP, top + BAR_TOP + BAR_HEIGHT - 3));
		}
		return new ClusterLandscapeChart(landscape.grouping(), List.copyOf(bars), bars.size() * ROW_HEIGHT);
	}

	private static String shorten(String label) {
		if (label == null || label.length() <= MAX_LABEL_LENGTH) {
			return label;
		}
		return label.substring(0, MAX_LABEL_LENGTH - 1).stripTrailing() + "\u2026";
	}

	public boolean isEmpty() {
		return bars.isEmpty();
	}

	public int width() {
		return WIDTH;
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}

	/** The view box, for the SVG's {@code viewBox} attribute. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + height;
	}

}
