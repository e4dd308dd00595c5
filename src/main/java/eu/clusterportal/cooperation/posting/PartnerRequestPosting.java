package eu.clusterportal.cooperation.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestDetails;
import eu.clusterportal.cooperation.PartnerRequestDetails.RequestTexts;
import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.membership.OrganisationMember;
import eu.clusterportal.organisation.membership.OrganisationMemberRepository;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TechnologyField;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What validated members do with their organisations' partner requests: publish one for
 * an organisation they represent, edit it and close it before its deadline. Any validated
 * member of the organisation may edit or close its requests; anyone else gets 403.
 */
@Service
public class PartnerRequestPosting {

	private final AccountRepository accounts;

	private final OrganisationMemberRepository members;

	private final PartnerRequestRepository requests;

	private final CountryRepository countries;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository technologyFields;

	private final PartnershipRepository partnerships;

	private final PostingLimit limit;

	private final Clock clock;

	PartnerRequestPosting(AccountRepository accounts, OrganisationMemberRepository members,
			PartnerRequestRepository requests, CountryRepository countries, SectorRepository sectors,
			TechnologyFieldRepository technologyFields, PartnershipRepository partnerships, PostingLimit limit,
			Clock clock) {
		this.accounts = accounts;
		this.members = members;
		this.requests = requests;
		this.countries = countries;
		this.sectors = sectors;
		this.technologyFields = technologyFields;
		this.partnerships = partnerships;
		this.limit = limit;
		this.clock = clock;
	}

	/** The organisations the member represents (validated), by name. */
	@Transactional(readOnly = true)
	public List<Organisation> organisations(String email) {
		return members.findByAccount(account(email).getId())
			.stream()
			.filter(OrganisationMember::isValidated)
			.map(OrganisationMember::getOrganisation)
			.sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
			.toList();
	}

	/** The requests of every organisation the member represents, the newest first. */
	@Transactional(readOnly = true)
	public List<MemberRequest> requests(String email) {
		List<Long> ids = organisations(email).stream().map(Organisation::getId).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return requests.findByOrganisations(ids)
			.stream()
			.map((request) -> new MemberRequest(request, RequestState.of(request, today)))
			.toList();
	}

	@Transactional(readOnly = true)
	public PartnerRequestChoices choices(String email, Language language) {
		return new PartnerRequestChoices(organisations(email), List.of(PartnerRequestDirection.values()),
				List.of(PartnerRequestKind.values()), CountrySummary.inLanguage(countries.findSummaries(), language),
				sectors.findAllByOrderByCode(), technologyFields.findAllByOrderByCode(),
				partnerships.findAllByOrderByAcronymAsc());
	}

	/**
	 * Publishes a request from a form that passed {@link PartnerRequestFormValidator}.
	 * @return its id
	 * @throws ResponseStatusException 403 if the member does not represent the form's
	 * organisation
	 * @throws PostingLimitReachedException if the member posted as many as a day allows
	 */
	@Transactional
	public long publish(String email, PartnerRequestForm form) {
		Account account = account(email);
		Organisation organisation = represented(account, PartnerRequestChoices.id(form.getOrganisation()));
		if (!limit.allows(account.getId())) {
			throw new PostingLimitReachedException();
		}
		return requests.save(new PartnerRequest(organisation, account, details(form))).getId();
	}

	/**
	 * A request of an organisation the member represents, to edit or close.
	 * @throws ResponseStatusException 404 if there is none with this id, 403 if the
	 * member does not represent its organisation
	 */
	@Transactional(readOnly = true)
	public PartnerRequest editable(String email, long id) {
		PartnerRequest request = requests.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		represented(account(email), request.getOrganisation().getId());
		return request;
	}

	/**
	 * Changes a request after a form that passed {@link PartnerRequestFormValidator}; its
	 * organisation stays.
	 * @throws eu.clusterportal.editorial.EditConflictException if someone saved it since
	 * the form was opened
	 */
	@Transactional
	public void update(String email, long id, PartnerRequestForm form) {
		PartnerRequest request = editable(email, id);
		request.checkVersion(form.getVersion());
		request.edit(details(form));
	}

	/** Closes the request now, before its deadline; a closed one stays as it was. */
	@Transactional
	public void close(String email, long id) {
		editable(email, id).close(clock.instant());
	}

	private Organisation represented(Account account, Long organisationId) {
		return members.findByAccount(account.getId())
			.stream()
			.filter((member) -> member.isValidated() && member.getOrganisation().getId().equals(organisationId))
			.map(OrganisationMember::getOrganisation)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private PartnerRequestDetails details(PartnerRequestForm form) {
		Set<Country> targets = new LinkedHashSet<>();
		form.getTargetCountries().forEach((slug) -> targets.add(countries.findBySlug(slug).orElseThrow()));
		Set<Sector> chosenSectors = new LinkedHashSet<>();
		form.getSectors().forEach((code) -> chosenSectors.add(sectors.findByCode(code).orElseThrow()));
		Set<TechnologyField> fields = new LinkedHashSet<>();
		form.getTechnologyFields().forEach((code) -> fields.add(technologyFields.findByCode(code).orElseThrow()));
		Long partnership = PartnerRequestChoices.id(form.getPartnership());
		return new PartnerRequestDetails(PartnerRequestChoices.direction(form.getDirection()),
				PartnerRequestChoices.kind(form.getKind()), texts(form.getTitleEn(), form.getDescriptionEn()),
				texts(form.getTitleZh(), form.getDescriptionZh()), LocalDate.parse(form.getDeadline()), targets,
				chosenSectors, fields, (partnership != null) ? partnerships.findById(partnership).orElseThrow() : null);
	}

	private static RequestTexts texts(String title, String description) {
		return (title != null) ? new RequestTexts(title, description) : null;
	}

	private Account account(String email) {
		return accounts.findByEmail(email).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
