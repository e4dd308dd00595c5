package eu.clusterportal.content;

import java.util.List;

import eu.clusterportal.country.Country;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface NewsItemRepository extends Repository<NewsItem, Long> {

	List<NewsItem> findByCountryAndChannelOrderByPublishedOnDescTitleAsc(Country country, NewsChannel channel,
			Limit limit);

	@EntityGraph(attributePaths = "country")
	List<NewsItem> findAllByOrderByPublishedOnDescTitleAsc(Limit limit);

	@EntityGraph(attributePaths = "country")
	List<NewsItem> findByCountrySlugOrderByPublishedOnDescTitleAsc(String countrySlug, Limit limit);

}
