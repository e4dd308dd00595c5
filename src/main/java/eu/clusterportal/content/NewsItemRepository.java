package eu.clusterportal.content;

import java.util.List;

import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

public interface NewsItemRepository extends Repository<NewsItem, Long> {

	List<NewsItem> findByCountryAndChannelOrderByPublishedOnDescTitleAsc(Country country, NewsChannel channel,
			Limit limit);

	List<NewsItem> findByPartnershipOrderByPublishedOnDescTitleAsc(Partnership partnership);

}
