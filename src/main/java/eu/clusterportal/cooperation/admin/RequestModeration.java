package eu.clusterportal.cooperation.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import eu.clusterportal.account.Account;
import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import eu.clusterportal.cooperation.PartnerRequestStatus;
import eu.clusterportal.cooperation.posting.RequestState;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.mail.MailOutbox;
import eu.clusterportal.web.PortalBaseUrl;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' work on partner requests: find them, read one, take it off the public pages
 * with a reason its poster reads on their list and in a mail, and put it back.
 */
@Service
class RequestModeration {

	static final String MAIL = "request-unpublished";

	private final PartnerRequestRepository requests;

	private final MailOutbox outbox;

	private final PortalBaseUrl baseUrl;

	private final Clock clock;

	RequestModeration(PartnerRequestRepository requests, MailOutbox outbox, PortalBaseUrl baseUrl, Clock clock) {
		this.requests = requests;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/** The requests with {@code text} in a title or organisation name, in a state. */
	@Transactional(readOnly = true)
	Page<RequestForEditors> search(String text, RequestState state, Pageable pageable) {
		LocalDate today = LocalDate.now(clock);
		return requests
			.search(text.toLowerCase(Locale.ROOT), (state != null) ? state.toParameter() : "", today, pageable)
			.map((request) -> new RequestForEditors(request, null, null, RequestState.of(request, today)));
	}

	@Transactional(readOnly = true)
	RequestForEditors get(long id) {
		PartnerRequest request = find(id);
		Account poster = request.getPoster();
		return new RequestForEditors(request, (poster != null) ? poster.getDisplayName() : null,
				(poster != null) ? poster.getEmail() : null, RequestState.of(request, LocalDate.now(clock)));
	}

	/**
	 * Takes a published request off the public pages and tells its poster why, in their
	 * language; an unpublished one is left as it is.
	 * @return whether it was published
	 */
	@Transactional
	boolean unpublish(long id, String reason) {
		PartnerRequest request = find(id);
		if (request.getStatus() != PartnerRequestStatus.PUBLISHED) {
			return false;
		}
		request.unpublish(reason.strip());
		Account poster = request.getPoster();
		if (poster != null) {
			Language language = poster.getLanguage();
			Map<String, Object> variables = new HashMap<>();
			variables.put("name", poster.getDisplayName());
			variables.put("title", title(request, language));
			variables.put("reason", request.getStatusReason());
			variables.put("requestsUrl", baseUrl.url(language, "/account/requests"));
			outbox.queue(poster.getEmail(), language, MAIL, variables);
		}
		return true;
	}

	/**
	 * Puts an unpublished request back on the public pages.
	 * @return whether it was unpublished
	 */
	@Transactional
	boolean publishAgain(long id) {
		PartnerRequest request = find(id);
		if (request.getStatus() != PartnerRequestStatus.UNPUBLISHED) {
			return false;
		}
		request.publishAgain();
		return true;
	}

	private PartnerRequest find(long id) {
		return requests.findById(id).orElseThrow(RecordNotFoundException::new);
	}

	private static String title(PartnerRequest request, Language language) {
		return request.title(language).value();
	}

}
