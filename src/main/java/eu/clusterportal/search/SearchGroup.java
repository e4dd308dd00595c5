package eu.clusterportal.search;

import java.util.List;

/**
 * The results of one kind, best first.
 *
 * @param type the kind of result
 * @param total how many results of this kind there are in all
 * @param hits the best of them
 */
public record SearchGroup(SearchType type, long total, List<SearchHit> hits) {

	/**
	 * Whether there are more results than shown, so that a link to all of them is worth
	 * showing.
	 */
	public boolean hasMore() {
		return total > hits.size();
	}

}
