package eu.clusterportal.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.editorial.Language;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches with their reasons, both ways: the organisations and clusters that fit a
 * request, and the open requests that fit a member's organisations (also for digest
 * mails, which ask for those published since their last one).
 */
@Service
@Transactional(readOnly = true)
public class MatchFinder {

	/** How many candidates a request's page shows. */
	static final int CANDIDATES_SHOWN = 20;

	private final MatchRepository matches;

	private final MatchReasons reasons;

	private final Clock clock;

	MatchFinder(MatchRepository matches, MatchReasons reasons, Clock clock) {
		this.matches = matches;
		this.reasons = reasons;
		this.clock = clock;
	}

	/** The best organisations and clusters for a request, best first. */
	public List<Match> candidatesFor(long requestId, PartnerRequestDirection direction, Language language) {
		List<Candidate> candidates = matches.candidates(requestId, language, CANDIDATES_SHOWN);
		return IntStream.range(0, candidates.size())
			.mapToObj(i -> new Match(i + 1, candidates.get(i), reasons.of(candidates.get(i), direction, language)))
			.toList();
	}

	/** The open requests that fit the member's validated organisations, best first. */
	public List<RequestMatch> openRequestsFor(long accountId, Language language) {
		return openRequestsPublishedSince(accountId, Instant.EPOCH, language);
	}

	/**
	 * The open requests published since {@code since} that fit the member's validated
	 * organisations, best first, with reasons in {@code language}.
	 */
	public List<RequestMatch> openRequestsPublishedSince(long accountId, Instant since, Language language) {
		return matches.requests(accountId, since, LocalDate.now(clock), language)
			.stream()
			.map(fit -> new RequestMatch(fit, reasons.of(fit.candidate(), fit.direction(), language)))
			.toList();
	}

}
