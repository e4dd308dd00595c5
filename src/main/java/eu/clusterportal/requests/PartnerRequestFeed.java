package eu.clusterportal.requests;

import java.time.Instant;
import java.util.List;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestFilter;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import eu.clusterportal.cooperation.PartnerRequestSort;
import eu.clusterportal.cooperation.PartnerRequestSpecifications;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries of the partner requests' feed: the newest open requests, their texts in the
 * feed's language where the member wrote it, else in the other.
 */
@Service
@Transactional(readOnly = true)
class PartnerRequestFeed {

	static final int SIZE = 50;

	// A summary is the start of the description, as a feed reader's list shows it.
	private static final int SUMMARY_LENGTH = 300;

	private final PartnerRequestRepository requests;

	private final PartnerRequestService service;

	PartnerRequestFeed(PartnerRequestRepository requests, PartnerRequestService service) {
		this.requests = requests;
		this.service = service;
	}

	record Entry(long id, String title, Instant updated, String summary) {
	}

	/**
	 * @param country the slug of the target country, or {@code null} for all
	 */
	List<Entry> newest(String country, Language language) {
		return requests
			.findAll(PartnerRequestSpecifications.listed(PartnerRequestFilter.OPEN.withCountry(country),
					service.today(), PartnerRequestSort.NEWEST, language), PageRequest.of(0, SIZE))
			.map((request) -> entry(request, language))
			.getContent();
	}

	private static Entry entry(PartnerRequest request, Language language) {
		LocalizedText title = request.title(language);
		String description = request.description(language).value().strip();
		String summary = (description.codePointCount(0, description.length()) > SUMMARY_LENGTH)
				? description.substring(0, description.offsetByCodePoints(0, SUMMARY_LENGTH)).strip() + "…"
				: description;
		return new Entry(request.getId(), title.value(),
				(request.getUpdatedAt() != null) ? request.getUpdatedAt() : request.getCreatedAt(), summary);
	}

}
