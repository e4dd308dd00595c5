package eu.clusterportal.cache;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Hears every row Hibernate writes, of any entity, so that no new feature can forget to
 * invalidate: a transaction that wrote anything public notifies the other instances of
 * what it touched ({@link ChangeTags}) as it commits ({@code pg_notify}, delivered only
 * on commit) and clears this instance's pages that may show it once it has committed. It
 * also lends {@link RenderedEntities} its place among Hibernate's listeners.
 */
final class ContentChangeEvents
		implements Integrator, PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private final ChangeNotifications notifications;

	private final ContentCaches caches;

	private final RenderedEntities rendered;

	/** What the current transaction of each session that wrote has touched so far. */
	private final Map<SharedSessionContractImplementor, ContentChange> writing = new ConcurrentHashMap<>();

	ContentChangeEvents(ChangeNotifications notifications, ContentCaches caches, RenderedEntities rendered) {
		this.notifications = notifications;
		this.caches = caches;
		this.rendered = rendered;
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		EventListenerRegistry listeners = sessionFactory.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
		listeners.appendListeners(EventType.POST_DELETE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
		listeners.appendListeners(EventType.POST_LOAD, this.rendered);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getSession(), ChangeTags.ofRow(event.getPersister(), event.getEntity(), event.getId(),
				event.getSession(), event.getState()));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getSession(), ChangeTags.ofRow(event.getPersister(), event.getEntity(), event.getId(),
				event.getSession(), event.getState(), event.getOldState()));
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getSession(), ChangeTags.ofRow(event.getPersister(), event.getEntity(), event.getId(),
				event.getSession(), event.getDeletedState()));
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		collectionChanged(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		collectionChanged(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		collectionChanged(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/** A collection belongs to its owner: the change is the owner's. */
	private void collectionChanged(AbstractCollectionEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		if (owner == null) {
			changed(event.getSession(), Optional.of(ContentChange.EVERYTHING));
			return;
		}
		EntityPersister persister = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner);
		changed(event.getSession(), ChangeTags.ofRow(persister, owner, event.getAffectedOwnerIdOrNull(),
				event.getSession(), persister.getValues(owner)));
	}

	private void changed(SharedSessionContractImplementor session, Optional<ContentChange> change) {
		if (change.isEmpty()) {
			return;
		}
		if (this.writing.computeIfPresent(session, (written, before) -> before.and(change.get())) != null) {
			return;
		}
		this.writing.put(session, change.get());
		session.getTransactionCompletionCallbacks()
			.registerCallback((BeforeCompletionCallback) (committing) -> committing
				.doWork((connection) -> this.notifications.send(connection, this.writing.get(session))));
		session.getTransactionCompletionCallbacks()
			.registerCallback((AfterCompletionCallback) (committed, completed) -> {
				ContentChange written = this.writing.remove(session);
				if (committed && written != null) {
					this.caches.changed(written);
				}
			});
	}

}
