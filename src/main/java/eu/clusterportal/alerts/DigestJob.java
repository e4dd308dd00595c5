package eu.clusterportal.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.mail.MailOutbox;
import eu.clusterportal.web.PortalBaseUrl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each member who follows something the digest of their last ended period, once.
 * Each member's period is claimed by a row of {@code digest_period} in the transaction
 * that queues the digest (or finds nothing new): a second runner's claim, on this or
 * another instance, waits for the first and then finds the period taken, and a digest
 * that fails to be written leaves the period unclaimed for the next run without holding
 * up the other members' digests.
 */
@Component
class DigestJob {

	static final String MAIL_KIND = "digest";

	// Members read per statement, so that a run never holds them all.
	private static final int BATCH = 200;

	private static final Log logger = LogFactory.getLog(DigestJob.class);

	private final JdbcClient jdbc;

	private final DigestBuilder builder;

	private final MailOutbox outbox;

	private final UnsubscribeTokens tokens;

	private final PortalBaseUrl baseUrl;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DigestJob(JdbcClient jdbc, DigestBuilder builder, MailOutbox outbox, UnsubscribeTokens tokens,
			PortalBaseUrl baseUrl, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.builder = builder;
		this.outbox = outbox;
		this.tokens = tokens;
		this.baseUrl = baseUrl;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${portal.alerts.digest-cron:0 5 * * * *}")
	void sendDigests() {
		Instant now = clock.instant();
		try {
			for (DigestFrequency frequency : List.of(DigestFrequency.DAILY, DigestFrequency.WEEKLY)) {
				DigestPeriod period = DigestPeriod.lastEnded(frequency, now, clock.getZone());
				long after = 0;
				List<Recipient> due;
				do {
					due = due(frequency, period, after);
					for (Recipient recipient : due) {
						sendInItsOwnTransaction(recipient, frequency, period);
						after = recipient.id();
					}
				}
				while (due.size() == BATCH);
			}
			jdbc.sql("delete from digest_period where period_end < :old")
				.param("old", Timestamp.from(now.minus(Duration.ofDays(60))))
				.update();
		}
		catch (DataAccessException ex) {
			logger.warn("Could not send the digests, trying again at the next run: " + ex);
		}
	}

	/**
	 * Confirmed, enabled members of the frequency who follow something and miss the
	 * period's digest.
	 */
	private List<Recipient> due(DigestFrequency frequency, DigestPeriod period, long after) {
		return jdbc.sql("""
				select a.id, a.email, a.display_name, a.language
				from account a
				where a.role = 'MEMBER' and a.enabled and a.email_confirmed_at is not null and a.id > :after
				  and coalesce((select s.frequency from digest_subscription s where s.account_id = a.id), :default)
				      = :frequency
				  and exists (select 1 from follow f where f.account_id = a.id)
				  and not exists (select 1 from digest_period p where p.account_id = a.id and p.period_end = :end)
				order by a.id
				limit :batch""")
			.param("after", after)
			.param("default", DigestFrequency.DEFAULT.name())
			.param("frequency", frequency.name())
			.param("end", Timestamp.from(period.end()))
			.param("batch", BATCH)
			.query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					Language.ofTag(rs.getString("language")).orElse(Language.ORIGINAL)))
			.list();
	}

	/**
	 * One member's digest failing rolls back only their claim, so the next run tries them
	 * again, and the members after them still get theirs.
	 */
	private void sendInItsOwnTransaction(Recipient recipient, DigestFrequency frequency, DigestPeriod period) {
		try {
			transactions.executeWithoutResult((status) -> send(recipient, frequency, period));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not send the " + frequency.name().toLowerCase(Locale.ROOT) + " digest to member "
					+ recipient.id() + ", trying again at the next run", ex);
		}
	}

	private void send(Recipient recipient, DigestFrequency frequency, DigestPeriod period) {
		int claimed = jdbc.sql("""
				insert into digest_period (account_id, period_end, frequency, mailed)
				values (:account, :end, :frequency, false)
				on conflict do nothing""")
			.param("account", recipient.id())
			.param("end", Timestamp.from(period.end()))
			.param("frequency", frequency.name())
			.update();
		if (claimed == 0) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		Digest digest = builder.build(recipient.id(), recipient.language(), period, today);
		if (digest.isEmpty()) {
			return;
		}
		jdbc.sql("update digest_period set mailed = true where account_id = :account and period_end = :end")
			.param("account", recipient.id())
			.param("end", Timestamp.from(period.end()))
			.update();
		String unsubscribeUrl = baseUrl.url(recipient.language(), "/unsubscribe?token=" + tokens.sign(recipient.id()));
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("name", recipient.name());
		variables.put("frequency", frequency.name().toLowerCase(Locale.ROOT));
		variables.put("sections", digest.sections());
		variables.put("followsUrl", baseUrl.url(recipient.language(), "/account/follows"));
		variables.put("unsubscribeUrl", unsubscribeUrl);
		outbox.queue(recipient.email(), recipient.language(), MAIL_KIND, variables, unsubscribeUrl);
	}

	private record Recipient(long id, String email, String name, Language language) {
	}

}
