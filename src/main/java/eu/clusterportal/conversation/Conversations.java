package eu.clusterportal.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import eu.clusterportal.conversation.ConversationRepository.InboxTotals;
import eu.clusterportal.conversation.ConversationRepository.ThreadHead;
import eu.clusterportal.conversation.MemberBlockRepository.BlockedMember;
import eu.clusterportal.editorial.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members do with conversations: express interest in a partner request, read their
 * inbox and threads, reply, share their address, block a member and unblock them. Every
 * refusal is an exception the pages turn into a message; a conversation the member is not
 * part of does not exist for them.
 */
@Service
class Conversations {

	static final int PAGE_SIZE = 20;

	private final ConversationRepository conversations;

	private final MemberBlockRepository blocks;

	private final MessageLimits limits;

	private final MessageMails mails;

	private final MessageReports reports;

	private final Clock clock;

	Conversations(ConversationRepository conversations, MemberBlockRepository blocks, MessageLimits limits,
			MessageMails mails, MessageReports reports, Clock clock) {
		this.reports = reports;
		this.conversations = conversations;
		this.blocks = blocks;
		this.limits = limits;
		this.mails = mails;
		this.clock = clock;
	}

	/** The request a member may answer, and the organisations they may answer for. */
	@Transactional(readOnly = true)
	InterestPage interestPage(String email, long requestId, Language language) {
		ConversationMember member = member(email);
		AnsweredRequest request = answerable(member, requestId, language);
		return new InterestPage(RequestTitle.of(request.id(), request.titleEn(), request.titleZh(), language),
				request.organisationName(), conversations.validatedOrganisations(member.id(), language));
	}

	/**
	 * Sends the member's message to the request's poster, in the conversation they
	 * already have about it or in a new one.
	 * @param organisationId the validated organisation the member writes for, or
	 * {@code null}
	 * @return the conversation
	 */
	@Transactional
	long expressInterest(String email, long requestId, Long organisationId, String text) {
		ConversationMember member = member(email);
		AnsweredRequest request = answerable(member, requestId, member.language());
		OrganisationChoice organisation = null;
		if (organisationId != null) {
			organisation = conversations.validatedOrganisations(member.id(), member.language())
				.stream()
				.filter((choice) -> choice.id() == organisationId)
				.findFirst()
				.orElseThrow(NotAllowedException::new);
		}
		ConversationMember poster = conversations.recipient(request.posterId())
			.orElseThrow(MessageRefusedException::recipientGone);
		Instant now = clock.instant();
		limits.lock(member.id());
		Long existing = conversations.conversationOf(requestId, member.id()).orElse(null);
		limits.check(member.id(), existing == null, now);
		long conversationId = (existing != null) ? existing : conversations.create(requestId, poster.id(), member.id(),
				(organisation != null) ? organisation.id() : null, now);
		conversations.addMessage(conversationId, member.id(), text, now);
		Party writer = conversations.head(conversationId, member.id(), poster.language()).orElseThrow().me();
		mails.queue((existing == null) ? MessageMails.INTEREST : MessageMails.MESSAGE, poster, conversationId, request,
				writer, text);
		return conversationId;
	}

	/** A page of the member's conversations, newest activity first. */
	@Transactional(readOnly = true)
	Inbox inbox(String email, int pageIndex, Language language) {
		ConversationMember member = member(email);
		InboxTotals totals = conversations.totals(member.id());
		int lastIndex = Math.max(0, (totals.conversations() - 1) / PAGE_SIZE);
		int index = Math.min(pageIndex, lastIndex);
		return new Inbox(conversations.inbox(member.id(), index * PAGE_SIZE, PAGE_SIZE, language), index, totals);
	}

	/** The conversation as the member reads it; reading it marks it read. */
	@Transactional
	ConversationThread read(String email, long conversationId, Language language) {
		ConversationMember member = member(email);
		ThreadHead head = head(member, conversationId, language);
		conversations.markRead(conversationId, member.id());
		MessageRefusedException refusal = refusal(head);
		return new ConversationThread(head.id(), head.request(), head.me(), head.other(), head.sharing(),
				head.blocking(), (refusal != null) ? refusal.getMessageKey() : null,
				conversations.messages(conversationId, member.id()));
	}

	@Transactional
	void reply(String email, long conversationId, String text) {
		ConversationMember member = member(email);
		ThreadHead head = head(member, conversationId, member.language());
		MessageRefusedException refusal = refusal(head);
		if (refusal != null) {
			throw refusal;
		}
		ConversationMember recipient = conversations.recipient(head.otherId())
			.orElseThrow(MessageRefusedException::recipientGone);
		Instant now = clock.instant();
		limits.lock(member.id());
		limits.check(member.id(), false, now);
		conversations.addMessage(conversationId, member.id(), text, now);
		AnsweredRequest request = conversations.request(head.request().requestId(), recipient.language()).orElseThrow();
		// the writer as the recipient's language names them
		Party writer = conversations.head(conversationId, member.id(), recipient.language()).orElseThrow().me();
		mails.queue(MessageMails.MESSAGE, recipient, conversationId, request, writer, text);
	}

	/** From now on the other side sees the member's address in the conversation. */
	@Transactional
	void shareEmail(String email, long conversationId) {
		ConversationMember member = member(email);
		head(member, conversationId, member.language());
		conversations.shareEmail(conversationId, member.id());
	}

	/** The other side of the conversation can write to the member no more. */
	@Transactional
	void blockOtherSide(String email, long conversationId) {
		ConversationMember member = member(email);
		ThreadHead head = head(member, conversationId, member.language());
		if (head.otherId() != null) {
			blocks.block(member.id(), head.otherId(), clock.instant());
		}
	}

	@Transactional
	void unblock(String email, long blockedId) {
		blocks.unblock(member(email).id(), blockedId);
	}

	@Transactional(readOnly = true)
	List<BlockedMember> blocked(String email) {
		return blocks.blockedBy(member(email).id());
	}

	/** The confirmed member signed in with the address. */
	ConversationMember member(String email) {
		return conversations.member(email).orElseThrow(NotAllowedException::new);
	}

	/**
	 * A message the member received in the conversation, which they may report to the
	 * editors.
	 */
	@Transactional(readOnly = true)
	ThreadMessage receivedMessage(String email, long conversationId, long messageId) {
		ConversationMember member = member(email);
		head(member, conversationId, member.language());
		return conversations.messages(conversationId, member.id())
			.stream()
			.filter((message) -> message.id() == messageId && !message.mine())
			.findFirst()
			.orElseThrow(ConversationNotFoundException::new);
	}

	/**
	 * Reports the message to the editors; {@code false} if the member had reported it
	 * before.
	 */
	@Transactional
	boolean report(String email, long conversationId, long messageId, String reason) {
		receivedMessage(email, conversationId, messageId);
		return reports.report(messageId, member(email).id(), reason, clock.instant());
	}

	private ThreadHead head(ConversationMember member, long conversationId, Language language) {
		return conversations.head(conversationId, member.id(), language)
			.orElseThrow(ConversationNotFoundException::new);
	}

	/** Why the member cannot reply in the conversation, or {@code null}. */
	private static MessageRefusedException refusal(ThreadHead head) {
		if (!head.other().canReceive()) {
			return MessageRefusedException.recipientGone();
		}
		return head.blocked() ? MessageRefusedException.blocked() : null;
	}

	/**
	 * The request, when the member may answer it: it is open, not theirs, and its poster
	 * did not block them.
	 */
	private AnsweredRequest answerable(ConversationMember member, long requestId, Language language) {
		AnsweredRequest request = conversations.request(requestId, language)
			.orElseThrow(ConversationNotFoundException::new);
		if (Objects.equals(request.posterId(), member.id())
				|| conversations.validatedOrganisations(member.id(), language)
					.stream()
					.anyMatch((organisation) -> organisation.id() == request.organisationId())) {
			throw MessageRefusedException.ownRequest();
		}
		if (!request.isOpenOn(LocalDate.now(clock)) || request.posterId() == null) {
			throw MessageRefusedException.closed();
		}
		if (blocks.blocks(request.posterId(), member.id())) {
			throw MessageRefusedException.blocked();
		}
		return request;
	}

	/** The request one answers, for the form. */
	public record InterestPage(RequestTitle request, String organisation, List<OrganisationChoice> organisations) {

	}

	/** A page of a member's inbox with their totals. */
	public record Inbox(List<InboxEntry> entries, int pageIndex, InboxTotals totals) {

	}

}
