package eu.clusterportal.organisation.membership;

import java.time.Clock;
import java.util.List;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationStatus;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.system.Slugs;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What members do with organisations: make a profile, ask to represent one, and edit
 * those they represent. New profiles and claims wait for an editor; a member has at most
 * {@value #MAX_PENDING} waiting at once.
 */
@Service
public class MemberOrganisationService {

	static final int MAX_PENDING = 5;

	private static final int SLUG_MAX = 120;

	private final AccountRepository accounts;

	private final OrganisationMemberRepository members;

	private final MemberOrganisationRepository organisations;

	private final MemberChangeRepository changes;

	private final CountryRepository countries;

	private final RegionRepository regions;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository technologyFields;

	private final Clock clock;

	MemberOrganisationService(AccountRepository accounts, OrganisationMemberRepository members,
			MemberOrganisationRepository organisations, MemberChangeRepository changes, CountryRepository countries,
			RegionRepository regions, SectorRepository sectors, TechnologyFieldRepository technologyFields,
			Clock clock) {
		this.accounts = accounts;
		this.members = members;
		this.organisations = organisations;
		this.changes = changes;
		this.countries = countries;
		this.regions = regions;
		this.sectors = sectors;
		this.technologyFields = technologyFields;
		this.clock = clock;
	}

	/** The member's organisations and requests, the latest first. */
	@Transactional(readOnly = true)
	public List<OrganisationMember> memberships(String email) {
		return members.findByAccount(account(email).getId());
	}

	@Transactional(readOnly = true)
	public ProfileChoices choices(Language language) {
		return new ProfileChoices(List.of(OrganisationType.values()),
				CountrySummary.inLanguage(countries.findSummaries(), language),
				regions.findAllByOrderByCountryNameAscPositionAsc(), sectors.findAllByOrderByCode(),
				technologyFields.findAllByOrderByCode());
	}

	/**
	 * Makes a profile from a form that passed {@link OrganisationProfileValidator}: not
	 * public until an editor validates it, with the member's request to represent it.
	 * @throws RequestRefusedException if the member has too many requests waiting
	 */
	@Transactional
	public Organisation create(String email, OrganisationProfileForm form) {
		Account account = account(email);
		checkPendingLimit(account);
		Organisation organisation = new Organisation(freeSlug(form.getName()), form.getName(),
				OrganisationProfileValidator.type(form.getType()),
				countries.findBySlug(form.getCountry()).orElseThrow());
		organisation.changeStatus(OrganisationStatus.PENDING, null);
		apply(form, organisation, false);
		organisations.save(organisation);
		members.save(new OrganisationMember(organisation, account, MembershipKind.PROFILE, null, clock.instant()));
		return organisation;
	}

	/** A published organisation the member may ask to represent. */
	@Transactional(readOnly = true)
	public Organisation claimable(String email, String slug) {
		Organisation organisation = organisations.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Account account = account(email);
		members.find(organisation.getId(), account.getId()).ifPresent((member) -> {
			if (member.getStatus() == MembershipStatus.VALIDATED) {
				throw new RequestRefusedException("member-orgs.claim.already-yours");
			}
			if (member.getStatus() == MembershipStatus.PENDING) {
				throw new RequestRefusedException("member-orgs.claim.already-asked");
			}
		});
		if (organisation.getStatus() != OrganisationStatus.PUBLISHED) {
			throw new RequestRefusedException("member-orgs.claim.not-published");
		}
		return organisation;
	}

	/**
	 * Asks to represent a published organisation, or asks again after a refusal; other
	 * members may represent it too, the editor decides.
	 * @throws RequestRefusedException if the member represents it or asked already, it is
	 * not published, or the member has too many requests waiting
	 */
	@Transactional
	public void claim(String email, String slug, String note) {
		Organisation organisation = claimable(email, slug);
		Account account = account(email);
		checkPendingLimit(account);
		OrganisationMember refused = members.find(organisation.getId(), account.getId()).orElse(null);
		if (refused != null) {
			refused.requestAgain(note, clock.instant());
		}
		else {
			members.save(new OrganisationMember(organisation, account, MembershipKind.CLAIM, note, clock.instant()));
		}
	}

	/**
	 * An organisation the member represents, to edit.
	 * @throws ResponseStatusException 404 if there is none with this id, 403 if the
	 * member does not represent it (or not yet)
	 */
	@Transactional(readOnly = true)
	public Organisation editable(String email, long id) {
		Organisation organisation = organisations.findForm(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean represents = members.find(id, account(email).getId())
			.map(OrganisationMember::isValidated)
			.orElse(false);
		if (!represents) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return organisation;
	}

	/**
	 * Changes a profile the member represents after a form that passed
	 * {@link OrganisationProfileValidator}: public at once if published, and listed for
	 * editors among the changes by members. Its history names the member.
	 * @throws eu.clusterportal.editorial.EditConflictException if someone saved it since
	 * the form was opened
	 */
	@Transactional
	public void update(String email, long id, OrganisationProfileForm form) {
		Organisation organisation = editable(email, id);
		organisation.checkVersion(form.getVersion());
		apply(form, organisation, organisation.getStatus() == OrganisationStatus.PUBLISHED);
		changes.record(id, account(email).getId(), clock.instant());
	}

	private void apply(OrganisationProfileForm form, Organisation organisation, boolean published) {
		organisation.changeProfile(form.getName(), OrganisationProfileValidator.type(form.getType()),
				countries.findBySlug(form.getCountry()).orElseThrow(),
				(form.getRegion() != null) ? regions.findBySlug(form.getRegion()).orElseThrow() : null, form.getCity(),
				form.getWebsite(), form.getContact(), form.getDescription());
		organisation.getSectors().clear();
		form.getSectors().forEach((code) -> organisation.getSectors().add(sectors.findByCode(code).orElseThrow()));
		organisation.getTechnologyFields().clear();
		form.getTechnologyFields()
			.forEach((code) -> organisation.getTechnologyFields().add(technologyFields.findByCode(code).orElseThrow()));
		OrganisationTexts.describeInChinese(organisation, form.getChineseDescription(), published);
	}

	private void checkPendingLimit(Account account) {
		if (members.countPending(account.getId()) >= MAX_PENDING) {
			throw new RequestRefusedException("member-orgs.too-many-pending");
		}
	}

	/** The slug made from the name, with a number where it is taken. */
	private String freeSlug(String name) {
		String base = Slugs.of(name, SLUG_MAX - 4);
		if (base.isEmpty()) {
			base = "organisation";
		}
		String slug = base;
		for (int n = 2; organisations.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private Account account(String email) {
		return accounts.findByEmail(email).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
