package eu.clusterportal.cooperation;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface PartnerRequestRepository extends Repository<PartnerRequest, Long> {

	PartnerRequest save(PartnerRequest request);

	@EntityGraph(attributePaths = { "organisation", "targetCountries", "sectors", "technologyFields" })
	Optional<PartnerRequest> findById(Long id);

}
