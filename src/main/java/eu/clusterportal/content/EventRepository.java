package eu.clusterportal.content;

import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.country.Country;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface EventRepository extends Repository<Event, Long> {

	/** Events about a country that have not ended by the given day, soonest first. */
	@Query("""
			select e from Event e
			where e.country = :country and coalesce(e.endsOn, e.startsOn) >= :today
			order by e.startsOn, e.title""")
	List<Event> findUpcoming(Country country, LocalDate today, Limit limit);

}
